package org.malaff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.read.Gazetteer;

class SpeakerNamesTest {
  private final SpeakerNames names = new SpeakerNames(Gazetteer.bundled());

  @Test
  void takes_the_name_a_speaker_phrase_opens_with_before_a_role() {
    assertThat(names.nameIn("دمرداش")).isEqualTo("دمرداش");
    assertThat(names.nameIn("يالجين اكدوجان نائب رئيس الوزراء التركي")).isEqualTo("يالجين اكدوجان");
    assertThat(names.nameIn("أكبر الباكر الرئيس التنفيذي للخطوط الجوية القطرية")).isEqualTo("أكبر الباكر");
    assertThat(names.nameIn("الإسباني جولين لوبيتيغي مدرب منتخب قطر")).isEqualTo("جولين لوبيتيغي");
  }

  @Test
  void bodies_places_honorifics_and_clauses_name_nobody() {
    for (String phrase : List.of("الائتلاف", "بيان صادر", "موسكو", "سماحته", "قائلا", "مصدر دبلوماسي", "تقارير إخبارية",
        "وزير الخارجية", "أواخر يوليو الماضي", "للصحفيين")) {
      assertThat(names.nameIn(phrase)).as(phrase).isNull();
    }
  }

  @Test
  void a_speaker_no_finder_marked_becomes_a_person_with_his_quotes() {
    List<String> article = List.of("دعا زعيم الحزب إلى وقف العمليات فورا.",
        "وأضاف دمرداش أن على الحكومة أن تعلن استئناف عملية السلام.",
        "وقال دمرداش إن الحزب لن يشارك في أي حكومة ائتلافية.");
    Extraction x = new EntityExtractor(Gazetteer.bundled()).extract(List.of("a"), List.of(article));
    assertThat(x.quotes()).hasSize(2).allSatisfy(q -> assertThat(q.speaker()).isNotNull());
    assertThat(x.entities()).anySatisfy(e -> assertThat(e.variants()).contains("دمرداش"));
  }

  @Test
  void takes_the_name_a_speaker_phrase_ends_with_after_a_role() {
    assertThat(names.nameAfterRole("رئيس الحكومة تمام سلام")).isEqualTo("تمام سلام");
    assertThat(names.nameAfterRole("المدير الجهوي للصحة بصفاقس جوهر المكني")).isEqualTo("جوهر المكني");
    assertThat(names.nameAfterRole("مدير إدارة الأرصاد الجوية بالندب ضرار العلي")).isEqualTo("ضرار العلي");
    assertThat(names.nameAfterRole("المتحدث باسم البيت الأبيض جوش إرنست")).isEqualTo("جوش إرنست");
    assertThat(names.nameAfterRole("المطربة أنغام")).isEqualTo("أنغام");
    assertThat(names.nameAfterRole("رئيس مجلس قروي أم صفا مروان حمدان")).isEqualTo("مروان حمدان");
  }

  @Test
  void a_role_that_ends_in_a_thing_a_body_or_an_unnamed_source_names_nobody() {
    for (String phrase : List.of("وزير الخارجية الروسي", "مسؤول عسكري أمريكي", "المتحدث عبر صفحته", "مدير سلسلة المعارض",
        "عضو المجلس السياسي لجماعة الحوثي", "الرئيس التنفيذي لشركة أرامكو السعودية", "رئيس الوزراء",
        "قائد عسكري", "مدير عام", "الرئيس الجديد")) {
      assertThat(names.nameAfterRole(phrase)).as(phrase).isNull();
    }
  }

  @Test
  void a_family_name_alone_shaped_like_an_adjective_of_origin_is_a_name_unless_a_place_or_a_doer() {
    assertThat(names.familyNameAlone("النعيمي")).isEqualTo("النعيمي");
    for (String phrase : List.of("الروسي", "السوداني", "السعودي", "المستشفى", "الحالي", "القاضي", "الأهالي", "الجيش", "النعيمي قال")) {
      assertThat(names.familyNameAlone(phrase)).as(phrase).isNull();
    }
  }
}
