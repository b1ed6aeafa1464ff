package org.malaff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.malaff.model.Entity;
import org.malaff.model.Quote;
import org.malaff.read.Gazetteer;

/** How a speaker named by a role is resolved to a person, by the rules alone. */
class EntityExtractorTest {
  private static final List<String> ARTICLE = List.of(
      "التقى وزير الخارجية الروسي سيرغي لافروف ونائب وزير الخارجية الروسي ميخائيل بوغدانوف رئيس الائتلاف الوطني "
          + "السوري أحمد الجربا في موسكو.",
      "وقال الوزير الروسي إن موسكو مستعدة لاستضافة اللقاء المقبل.",
      "إلا أن رئيس الائتلاف قال إنه لم يتمكن من إلغاء ارتباطات سابقة.",
      "وقال الائتلاف في بيان إن المعارضة لن تشارك في المؤتمر.");

  /** The extraction of one article of these paragraphs, by the rules. */
  private static Extraction extract(List<String> paragraphs) {
    return new EntityExtractor(Gazetteer.bundled()).extract(List.of("a"), List.of(paragraphs));
  }

  private static Entity entityNamed(Extraction x, String name) {
    return x.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + ": " + x.entities()));
  }

  private static String speakerOf(Extraction x, String start) {
    Map<String, Entity> byId = x.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    Quote q = x.quotes().stream().filter(s -> s.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starts with " + start + ": " + x.quotes()));
    return q.speaker() == null ? null : byId.get(q.speaker()).name();
  }

  @Test
  void a_role_is_the_person_whose_role_fits_it_closest() {
    Extraction x = extract(ARTICLE);
    assertThat(speakerOf(x, "موسكو مستعدة")).isEqualTo("سيرغي لافروف"); // not his deputy
    assertThat(speakerOf(x, "لم يتمكن")).isEqualTo("أحمد الجربا"); // "رئيس الائتلاف" for "رئيس الائتلاف الوطني السوري"
  }

  @Test
  void a_body_that_speaks_is_no_person() {
    Extraction x = extract(ARTICLE);
    assertThat(speakerOf(x, "المعارضة لن تشارك")).isNull();
  }

  @Test
  void a_role_written_after_a_name_between_commas_names_that_person() {
    Extraction x = extract(List.of(
        "أكد العميد نبيل عبدالله، المتحدث باسم الجيش السوداني، أن الأوضاع تحت السيطرة.",
        "وأوضح المتحدث باسم الجيش السوداني أن عمليات التطهير مستمرة في الخرطوم."));
    assertThat(speakerOf(x, "عمليات التطهير")).isEqualTo("نبيل عبدالله");
  }

  @Test
  void a_role_right_after_a_speaker_s_name_or_one_of_two_roles_between_commas_names_that_person() {
    Extraction x = extract(List.of(
        "قال عزيز الرباح وزير الطاقة والمعادن، إن المغرب رائد في مجال الطاقة المتجددة.",
        "وقال الوزير إن هناك مشروع إنجاز مساجد تعمل بالطاقة الشمسية."));
    assertThat(speakerOf(x, "هناك مشروع")).isEqualTo("عزيز الرباح");
    Extraction y = extract(List.of(
        "أكد موسى نداو، النجم السنغالي السابق والمدرب المؤقت الحالي للوداد المغربي، أن فريقه سيكشف عن معدنه.",
        "وقال المدرب إن الكرة لا تعرف المستحيل."));
    assertThat(speakerOf(y, "الكرة لا تعرف")).isEqualTo("موسى نداو");
  }

  @Test
  void a_role_held_by_someone_of_the_article_is_not_a_namesake_s_from_another_article() {
    List<String> first = List.of("وقال الناطق الرسمي باسم الحكومة محمد الأمين إن الوثيقة مزورة.");
    List<String> second = List.of(
        "أكد ناطق حكومة الإنقاذ الوطني وزير الإعلام أحمد الشامي أن العدوان يسعى للتصعيد.",
        "ولفت ناطق الحكومة إلى أن الصمود هو خيار الشعب.");
    Extraction x = new EntityExtractor(Gazetteer.bundled()).extract(List.of("a", "b"), List.of(first, second));
    assertThat(speakerOf(x, "الصمود هو")).isEqualTo("أحمد الشامي");
  }

  @Test
  void a_speaker_phrase_too_long_for_a_role_still_names_the_person_it_opens_with() {
    Extraction x = extract(List.of(
        "شدد صائب عريقات أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية، على أن مصر هي العمود الفقري للدول العربية."));
    assertThat(speakerOf(x, "مصر هي")).isEqualTo("صائب عريقات");
  }

  @Test
  void two_roles_before_a_name_are_both_his() {
    Extraction x = extract(List.of(
        "أكد ناطق حكومة الإنقاذ الوطني وزير الإعلام محمد الشامي، اليوم الجمعة، أن العدوان يسعى لمغالطة الرأي العام.",
        "ولفت ناطق الحكومة إلى أن الصمود هو خيار الشعب."));
    assertThat(speakerOf(x, "الصمود هو")).isEqualTo("محمد الشامي");
  }

  @Test
  void a_speaker_called_by_a_first_name_no_one_else_of_the_article_has_is_that_person() {
    Extraction x = extract(List.of(
        "أكد رئيس جمعية الشباب الديمقراطي، سعد عبدالله، أن الجمعية تقدمت ببلاغ إلى المديرية.",
        "وأوضح سعد، في بيان، أن هذا البلاغ يأتي بعد عدم تجاوب الجهات الرسمية."));
    assertThat(speakerOf(x, "هذا البلاغ")).isEqualTo("سعد عبدالله");
    Extraction y = extract(List.of(
        "التقى سعد عبدالله مع سعد الحريري في بيروت.",
        "وقال سعد إن اللقاء كان مثمرا."));
    assertThat(speakerOf(y, "اللقاء كان")).isNotIn("سعد عبدالله", "سعد الحريري");
  }

  @Test
  void a_role_after_a_name_that_no_verb_of_speech_introduces_is_not_taken_for_his() {
    Extraction x = extract(List.of(
        "التقى حسن روحاني وزير الخارجية الأمريكي في نيويورك.",
        "وقال الوزير إن المحادثات كانت مثمرة."));
    assertThat(speakerOf(x, "المحادثات كانت")).isNull();
  }

  @Test
  void a_role_with_the_head_of_one_person_s_role_names_that_person_unless_an_adjective_differs() {
    Extraction x = extract(List.of(
        "دعا المبعوث الأممي غسان سلامة إلى الاستفادة من الزخم.",
        "وقال مبعوث الأمم المتحدة إلى ليبيا إن مهمته ليست مستحيلة على الإطلاق.",
        "وقال المبعوث الأمريكي إن واشنطن تدعم المحادثات بين الطرفين."));
    assertThat(speakerOf(x, "مهمته ليست")).isEqualTo("غسان سلامة");
    assertThat(speakerOf(x, "واشنطن تدعم")).isNull();
  }

  @Test
  void a_role_written_before_a_name_through_words_no_role_list_holds_names_that_person() {
    Extraction x = extract(List.of(
        "كشف والي ولاية الخرطوم أحمد عثمان حمزة عن أخبار سيعلنها الجيش قريبا.",
        "وأكد الوالي أن القوات المسلحة تتمتع بتاريخ طويل في حرب المدن."));
    assertThat(speakerOf(x, "القوات المسلحة")).isEqualTo("أحمد عثمان حمزة");
  }

  @Test
  void a_long_office_before_a_comma_and_a_name_is_that_person_s_role() {
    Extraction x = extract(List.of(
        "أكد وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، ناصر بوريطة، أن المغرب لا يقبل ذلك.",
        "وأضاف وزير الخارجية أن الهجوم الإعلامي لا يمكن أن يخفي السبب الحقيقي للأزمة."));
    assertThat(speakerOf(x, "الهجوم الإعلامي")).isEqualTo("ناصر بوريطة");
  }

  @Test
  void a_role_after_a_speaker_s_title_and_name_is_his() {
    Extraction x = extract(List.of(
        "أعرب الدكتور طارق شوقي وزير التربية والتعليم والتعليم الفني، عن سعادته بإتمام الامتحانات.",
        "وقال وزير التربية والتعليم إن الدراسة تبدأ في موعدها."));
    assertThat(speakerOf(x, "الدراسة تبدأ")).isEqualTo("طارق شوقي");
  }

  @Test
  void a_courtesy_title_before_a_role_does_not_keep_it_from_its_holder() {
    Extraction x = extract(List.of(
        "تفقد مدير التربية في محافظة ريف دمشق الأستاذ ماهر كمال فرج، أمس، المراكز الامتحانية.",
        "وحول الاستفسارات بيّن السيد مدير التربية أن كل طالب لم يتقدم يمكنه التقدم لاحقا."));
    assertThat(speakerOf(x, "كل طالب")).isEqualTo("ماهر كمال فرج");
  }

  @Test
  void a_listed_given_name_after_a_long_role_names_the_person_with_that_role() {
    Extraction x = extract(List.of("أعلن قائد عمليات دجلة الفريق الركن مزهر العزاوي، الاربعاء، عن اعتقال ثمانية مطلوبين."));
    assertThat(x.entities()).anySatisfy(e -> {
      assertThat(e.name()).isEqualTo("مزهر العزاوي");
      assertThat(e.roles()).containsExactly("قائد عمليات دجلة الفريق الركن");
    });
    x = extract(List.of("أكد رئيس البرلمان اللبناني نبيه بري أن وحدة المكونات الداخلية تمثل سلاحا."));
    assertThat(speakerOf(x, "وحدة المكونات")).isEqualTo("نبيه بري");
  }

  @Test
  void a_family_name_that_speaks_and_was_written_before_is_a_person() {
    Extraction x = extract(List.of(
        "وصل النعيمي إلى فيينا صباح الأربعاء لحضور اجتماع المنظمة.",
        "وقال النعيمي إنه يتوقع الحفاظ على الإنتاج النفطي."));
    assertThat(speakerOf(x, "يتوقع الحفاظ")).isNotNull();
    assertThat(x.entities()).anySatisfy(e -> assertThat(e.variants()).contains("النعيمي"));
    Extraction once = extract(List.of("وقال النعيمي إنه يتوقع الحفاظ على الإنتاج النفطي."));
    assertThat(speakerOf(once, "يتوقع الحفاظ")).isNull();
  }

  @Test
  void in_a_list_the_role_before_a_name_is_the_previous_person_s() {
    Extraction x = extract(List.of(
        "ويضم الوفد الدكتور فيصل المقداد نائب وزير الخارجية والمغتربين وأحمد عرنوس مستشار الوزير."));
    Entity arnous = entityNamed(x, "أحمد عرنوس");
    assertThat(arnous.roles()).noneMatch(r -> r.contains("نائب"));
    Extraction y = extract(List.of("ويضم الوفد فيصل المقداد نائب وزير الخارجية، ومستشارة الرئيس، بثينة شعبان."));
    Entity mekdad = entityNamed(y, "فيصل المقداد");
    assertThat(mekdad.roles()).noneMatch(r -> r.contains("مستشارة"));
  }

  @Test
  void a_role_may_hold_in_and_a_family_name_alone_is_the_person_named_before() {
    Extraction x = extract(List.of(
        "أكد وزير المال في حكومة تصريف الأعمال يوسف الخطيب أن الحكومة تعمل على توحيد الأسعار.",
        "ولفت الخطيب إلى أن هناك ارتفاعا في الإيرادات هذا العام.",
        "وأوضح وزير المال أن الرواتب مؤمنة حتى نهاية العام."));
    assertThat(speakerOf(x, "هناك ارتفاعا")).isEqualTo("يوسف الخطيب");
    assertThat(speakerOf(x, "الرواتب مؤمنة")).isEqualTo("يوسف الخطيب");
  }

  @Test
  void a_role_joined_to_a_speaker_s_name_by_and_is_kept_without_it() {
    Extraction x = extract(List.of("وقال دمرداش وعضو البرلمان التركي إن الحزب لن يشارك في الحكومة."));
    Entity demirtas = entityNamed(x, "دمرداش");
    assertThat(demirtas.roles()).containsExactly("عضو البرلمان التركي");
  }
}
