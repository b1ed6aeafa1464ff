package org.malaff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.model.Quote;

/** Where speech is found in a paragraph, and who is said to speak, with the people given as mentions. */
class QuoteExtractorTest {
  /** The quotes of one paragraph, each name in {@code people} a person mention wherever it occurs. */
  private static List<Quote> quotes(String paragraph, String... people) {
    List<Mention> mentions = new ArrayList<>();
    for (String name : people) {
      for (int i = paragraph.indexOf(name); i >= 0; i = paragraph.indexOf(name, i + 1)) {
        mentions.add(new Mention("a", 0, i, i + name.length(), name, EntityType.PERSON, null));
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    return new QuoteExtractor().extract("a", List.of(paragraph), mentions);
  }

  private static Quote starting(List<Quote> quotes, String start) {
    return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starts with " + start + " in " + quotes));
  }

  @Test
  void bayyana_with_its_shadda_and_dhahaba_ila_anna_report() {
    List<Quote> q = quotes("وحول الاستفسارات بيّن السيد مدير التربية أن كل طالب لم يتقدم يمكنه التقدم لاحقا.");
    assertThat(starting(q, "كل طالب لم يتقدم").speakerText()).isEqualTo("السيد مدير التربية");
    q = quotes("أما الحارس مصطفى ملائكة فذهب إلى أن الانضباط التكتيكي طغى على اللقاء.", "مصطفى ملائكة");
    assertThat(starting(q, "الانضباط التكتيكي").speakerText()).isEqualTo("مصطفى ملائكة");
    assertThat(quotes("ثم ذهب إلى السوق وعاد إلى بيته.")).isEmpty();
  }

  @Test
  void a_speaker_phrase_ends_where_the_source_of_the_report_is_named() {
    List<Quote> q = quotes("وأكد السوداني، بحسب البيان، أن العراق يستقطب اليوم استثمارات عربية وأجنبية كبيرة.");
    assertThat(starting(q, "العراق يستقطب").speakerText()).isEqualTo("السوداني");
  }

  @Test
  void one_of_many_is_an_unnamed_source() {
    List<Quote> q = quotes("من جانبه، أوضح أحد الموظفين بمحافظة تعز، بأن الحوثيين وصلوا إلى حالة من الهستيريا.");
    assertThat(starting(q, "الحوثيين وصلوا").anonymous()).isTrue();
  }

  @Test
  void a_denial_as_a_participle_continues_the_subject() {
    List<Quote> q = quotes("أكد الرئيس تبون أنه قضى عطلته السنوية داخل الجزائر، نافيا أن يكون قد سافر إلى الخارج.", "تبون");
    assertThat(starting(q, "يكون قد سافر").speakerText()).isEqualTo("تبون");
    assertThat(starting(q, "قضى عطلته").text()).doesNotContain("نافيا");
  }

  @Test
  void finds_reported_speech_in_the_middle_of_a_paragraph_and_its_participle_continuations() {
    List<Quote> q = quotes("وحددت الدعوة موعداً للزيارة. وأكد لافروف أن المعارضة بدأت تظهر واقعية أكثر، مشيرا إلى أن "
        + "بلاده تجري لقاءات مع ممثلي المعارضة.", "لافروف");
    assertThat(starting(q, "المعارضة بدأت").speakerText()).isEqualTo("لافروف");
    assertThat(starting(q, "المعارضة بدأت").text()).doesNotContain("مشيرا").doesNotContain("بلاده");
    assertThat(starting(q, "بلاده تجري لقاءات").speakerText()).isEqualTo("لافروف");
    assertThat(starting(q, "بلاده تجري لقاءات").direct()).isFalse();
  }

  @Test
  void reads_a_colon_and_the_that_after_it_and_a_quotation_after_a_verb() {
    List<Quote> q = quotes("وتابع المقداد : أن اللقاء مع المسؤولين الروس كان مثمرا. وقال الجربا: «نحن مستعدون للحوار "
        + "دون شروط».", "المقداد", "الجربا");
    assertThat(starting(q, "اللقاء مع المسؤولين").speakerText()).isEqualTo("المقداد");
    Quote direct = starting(q, "نحن مستعدون");
    assertThat(direct.direct()).isTrue();
    assertThat(direct.speakerText()).isEqualTo("الجربا");
  }

  @Test
  void a_verb_with_no_speaker_keeps_the_previous_one_and_a_relative_clause_names_nobody() {
    List<Quote> q = quotes("وتابع لافروف الذي دعا رئيس الائتلاف أحمد الجربا لزيارة موسكو: «نحن نشيد بجهود الائتلاف "
        + "في الحوار». وأضاف أن موسكو مستعدة لاستضافة اللقاء.", "لافروف", "أحمد الجربا");
    assertThat(starting(q, "نحن نشيد").speakerText()).isEqualTo("لافروف");
    assertThat(starting(q, "موسكو مستعدة").speakerText()).isEqualTo("لافروف");
  }

  @Test
  void takes_a_role_or_an_unnamed_source_written_before_the_verb() {
    List<Quote> q = quotes("إلا أن رئيس الائتلاف قال إنه لم يتمكن من إلغاء ارتباطات سابقة. وكان مسؤولون في الإدارة "
        + "الأمريكية أكدوا لـ CNN أن الرئيس وافق على القرار.");
    assertThat(starting(q, "لم يتمكن").speakerText()).isEqualTo("رئيس الائتلاف");
    assertThat(starting(q, "الرئيس وافق").anonymous()).isTrue();
  }

  @Test
  void a_named_source_is_not_what_is_said_and_unmarked_speech_starts_with_its_verb() {
    List<Quote> q = quotes("واعتبر لافروف حسب «أ ف ب» للأنباء، أن المعارضة السورية أصبحت تتحلى بمزيد من الواقعية. "
        + "وقال عبد اللهيان في مؤتمر صحفي يبدو أننا نقترب من عقد المؤتمر. وختم لافروف كلمته بقوله نعتبر موافقة "
        + "الائتلاف خطوة إيجابية.", "لافروف", "عبد اللهيان");
    assertThat(q).noneMatch(x -> x.text().startsWith("أ ف ب"));
    assertThat(starting(q, "المعارضة السورية أصبحت").speakerText()).isEqualTo("لافروف");
    assertThat(starting(q, "يبدو أننا نقترب").speakerText()).isEqualTo("عبد اللهيان");
    assertThat(starting(q, "نعتبر موافقة").speakerText()).isEqualTo("لافروف");
  }

  @Test
  void a_verb_inside_what_is_reported_does_not_start_a_report_of_its_own() {
    List<Quote> q = quotes("وقال عبد اللهيان أمس، إن بلاده ترى أنه يمكن عقد مؤتمر السلام قريبا.", "عبد اللهيان");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("بلاده ترى أنه يمكن");
  }

  @Test
  void a_noun_after_a_verb_of_speech_is_not_a_quote() {
    assertThat(quotes("ونفى الوزير وجود أي خلافات بين الطرفين.")).isEmpty();
    assertThat(quotes("وكشف عن مطالبة الحكومة بإجراء تحقيق.")).isEmpty();
  }

  @Test
  void a_time_written_after_the_verb_leaves_the_speaker_before_it() {
    List<Quote> q = quotes("وكان الرئيس التركي رجب طيب أردوغان أعلن، أواخر يوليو/ تموز الماضي، أن بلاده سوف تسمح "
        + "للتحالف الدولي باستخدام القاعدة.", "رجب طيب أردوغان");
    assertThat(starting(q, "بلاده سوف تسمح").speakerText()).isEqualTo("رجب طيب أردوغان");
  }

  @Test
  void more_verbs_of_speech_continue_the_speaker() {
    List<Quote> q = quotes("وقال يورك: «المنتخب فريق جيد جدا». وواصل: «اللاعبون يتمتعون بجودة عالية». واستدرك: «لكن المدرب "
        + "قرر ذلك».", "يورك");
    assertThat(starting(q, "اللاعبون يتمتعون").speakerText()).isEqualTo("يورك");
    assertThat(starting(q, "لكن المدرب").speakerText()).isEqualTo("يورك");
  }

  @Test
  void an_honorific_stands_for_the_one_who_spoke_before() {
    List<Quote> q = quotes("كشف الوزير أحمد السعيدي أنه تم تسجيل إصابات جديدة بالفيروس. وقال معاليه إنه تم إجراء فحوص كثيرة.",
        "أحمد السعيدي");
    assertThat(starting(q, "تم إجراء فحوص").speakerText()).isEqualTo("أحمد السعيدي");
  }

  @Test
  void the_same_speaker_is_the_one_before_and_the_same_source_is_unnamed() {
    List<Quote> q = quotes("قال المدرب هيرفي رونار إن الفريق قدم مباراة كبيرة. وأضاف المتحدث نفسه أن اللاعبين أبانوا عن قوة.",
        "هيرفي رونار");
    assertThat(starting(q, "اللاعبين أبانوا").speakerText()).isEqualTo("هيرفي رونار");
    List<Quote> r = quotes("وكشف المحامي خالد علي أن المحكمة لم تلب طلبهم. ونفى المصدر نفسه أن يكون المتهمون قد هتفوا ضد القضاء.",
        "خالد علي");
    assertThat(starting(r, "يكون المتهمون").anonymous()).isTrue();
  }

  @Test
  void an_outlet_that_relays_leaves_the_speaker_to_the_name_after_an() {
    List<Quote> q = quotes("ونقلت وكالة فارس للأنباء اليوم السبت عن علي لاريجاني قوله “هذا نزاع مصطنع لتشتيت انتباه العالم”.",
        "علي لاريجاني");
    assertThat(starting(q, "هذا نزاع مصطنع").speakerText()).isEqualTo("علي لاريجاني");
  }

  @Test
  void words_quoted_inside_a_reported_clause_that_reads_on_stay_in_it() {
    List<Quote> q = quotes("وقالت الممرضة عمار الخضر إنها استيقظت على أصوات “انفجارات ضخمة نحو الساعة الثالثة” بالتوقيت المحلي.",
        "عمار الخضر");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("استيقظت على أصوات “انفجارات ضخمة").endsWith("بالتوقيت المحلي");
    List<Quote> r = quotes("وأكد المحامي تود بلانش أن \"قانون القومية\" في إسرائيل يمنع تحقيق السلام.", "تود بلانش");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).text()).startsWith("\"قانون القومية\" في إسرائيل");
  }

  @Test
  void reads_bayyana_written_without_its_shadda_and_the_subject_before_qad() {
    assertThat(starting(quotes("وبين الخلايلة أن المساجد شهدت تسجيل إصابات.", "الخلايلة"), "المساجد شهدت").speakerText())
        .isEqualTo("الخلايلة");
    assertThat(quotes("ويجمع اللقاء بين البيوت والمساجد في المدينة القديمة.")).isEmpty();
    assertThat(quotes("وخيّر اللاعب بين أن يبقى في النادي وبين أن يرحل عنه في الصيف.")).isEmpty();
    List<Quote> q = quotes("وكان آيت الطالب، وزير الصحة، قد أكد أمس أن المواطن يوجد قيد الحجر الصحي.", "آيت الطالب");
    assertThat(starting(q, "المواطن يوجد").speakerText()).isEqualTo("آيت الطالب");
    assertThat(starting(quotes("بل أكد مصدرنا أن حالته لم تتطور إلى الأسوأ."), "حالته لم").anonymous()).isTrue();
  }

  @Test
  void an_honorific_with_no_one_quoted_before_is_the_last_person_named() {
    String first = "أكدت الدكتورة شيخة الظاهري أهمية مواصلة الجهود الوطنية.";
    List<Mention> mentions = List.of(new Mention("a", 0, first.indexOf("شيخة"), first.indexOf(" أهمية"), "شيخة الظاهري",
        EntityType.PERSON, null));
    List<Quote> q = new QuoteExtractor().extract("a", List.of(first,
        "وقالت سعادتها بمناسبة عيد الاتحاد: نحتفي بقيم آبائنا المؤسسين. وختم متوجها للحضور: \"استبشروا خيرا بهذا العام\"."),
        mentions);
    assertThat(starting(q, "نحتفي بقيم").speakerText()).isEqualTo("شيخة الظاهري");
    assertThat(starting(q, "استبشروا خيرا").speakerText()).isEqualTo("شيخة الظاهري");
  }

  @Test
  void a_report_that_runs_straight_into_a_quotation_is_one_quote_with_both() {
    List<Quote> q = quotes("وقال الدبيبة إن حكومته عملت \"على دعم الاستثمار وحل مشكلات مزمنة\"، وختم حديثه.", "الدبيبة");
    assertThat(q).extracting(Quote::text).containsExactly("حكومته عملت \"على دعم الاستثمار وحل مشكلات مزمنة\"");
    assertThat(q.get(0).speakerText()).isEqualTo("الدبيبة");
    List<Quote> r = quotes("وأكد صالح أن البنك المركزي “قد يعيد النظر في سعر الصرف”.", "صالح");
    assertThat(r).extracting(Quote::text).containsExactly("البنك المركزي “قد يعيد النظر في سعر الصرف”");
    List<Quote> comma = quotes("وأكد صالح أن الوضع مستقر، “ولا داعي للقلق من الغلاء”.", "صالح");
    assertThat(comma).extracting(Quote::text).contains("ولا داعي للقلق من الغلاء");
  }

  @Test
  void a_quotation_that_ends_the_clause_or_meets_the_next_report_is_a_quote_of_its_own() {
    List<Quote> q = quotes("وأضاف أنه في حال عدم تشكيل هذا الوفد \"فينبغي البحث عن صيغة أخرى للتمثيل\"، مشيراً إلى أن الحل بيد السوريين.");
    assertThat(q).extracting(Quote::text).contains("فينبغي البحث عن صيغة أخرى للتمثيل");
    List<Quote> r = quotes("معربا عن ترحيب الحكومة \" بإنشاء تحالف وطني معاد للإرهاب\" ومجددا التأكيد على أن الحكومة لن تحاور.");
    assertThat(r).extracting(Quote::text).contains("بإنشاء تحالف وطني معاد للإرهاب");
  }
}
