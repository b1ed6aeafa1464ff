package org.malaff.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.model.Problem;

class BylineReaderTest {
  private static final LocalDate DOSSIER = LocalDate.of(2013, 11, 21);
  private final BylineReader reader = new BylineReader(Gazetteer.bundled());

  private BylineReading read(String... lines) {
    return reader.read(List.of(lines), 2, "7", DOSSIER);
  }

  @Test
  void reads_an_author_line_before_the_outlet() {
    BylineReading r = read("بهية مارديني", "ايلاف", "تجددت الدعوة الروسية للائتلاف السوري المعارض لزيارة موسكو.");
    assertThat(r.byline().author()).isEqualTo("بهية مارديني");
    assertThat(r.byline().source()).isEqualTo("ايلاف");
    assertThat(r.bodyStart()).isEqualTo(2);
  }

  @Test
  void reads_an_author_line_that_starts_with_a_given_name() {
    BylineReading r = read("زهير سالم", "يعيد الروس توجيه الدعوة إلى قوى المعارضة السورية للقاء في موسكو .");
    assertThat(r.byline().author()).isEqualTo("زهير سالم");
  }

  @Test
  void does_not_take_a_short_first_line_for_an_author_without_reason() {
    BylineReading r = read("دعوة روسية", "وكانت الدعوة موجهة من لافروف محاولة من الخارجية الروسية لجمع شخصيات.");
    assertThat(r.byline().author()).isNull();
    assertThat(r.bodyStart()).isZero();
  }

  @Test
  void skips_blank_lines_in_the_head() {
    BylineReading r = read("", "عيون نيوز", "رحب وزير الخارجية الروسي سيرجي لافروف بـاهتمام رئيس الإئتلاف.");
    assertThat(r.byline().source()).isEqualTo("عيون نيوز");
    assertThat(r.bodyStart()).isEqualTo(2);
  }

  @Test
  void reads_an_outlet_credited_on_the_last_line_after_a_section() {
    BylineReading r = read("الاخبار المحلية", "قال وزير الخارجية الروسي سيرغي لافروف إن الائتلاف بدأ يظهر واقعية.",
        "سيريانيوز");
    assertThat(r.byline().section()).isEqualTo("الاخبار المحلية");
    assertThat(r.byline().source()).isEqualTo("سيريانيوز");
    assertThat(r.bodyStart()).isEqualTo(1);
    assertThat(r.bodyEnd()).isEqualTo(2);
  }

  @Test
  void reads_a_signature_with_place_both_calendars_and_role() {
    BylineReading r = read("زهير سالم", "والرسالة الثانية التي يجب أن تصل واضحة صريحة إلى الروس.",
        "لندن :13 محرم 1435 – 17 / 11 / 2013", "زهير سالم : مدير مركز الشرق العربي");
    assertThat(r.byline().place()).isEqualTo("لندن");
    assertThat(r.byline().date()).isEqualTo(LocalDate.of(2013, 11, 17));
    assertThat(r.byline().source()).isEqualTo("مركز الشرق العربي");
    assertThat(r.bodyEnd()).isEqualTo(2);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void reads_a_signature_whose_role_names_no_outlet() {
    BylineReading r = read("نص المقال الطويل الذي لا يحمل أي بيانات في رأسه أبدا.", "محمد علي : كاتب وباحث سوري");
    assertThat(r.byline().author()).isEqualTo("محمد علي");
    assertThat(r.byline().source()).isNull();
    assertThat(r.bodyEnd()).isEqualTo(1);
  }

  @Test
  void keeps_the_outlet_of_a_signature_as_written() {
    BylineReading r = read("نص المقال.", "زهير سالم : مدير «مركز الشرق العربي»");
    assertThat(r.byline().source()).isEqualTo("مركز الشرق العربي");
  }

  @Test
  void does_not_take_a_quoted_sentence_for_a_signature() {
    BylineReading r = read("نص المقال.", "أحمد الجربا: نحن لن نذهب إلى موسكو");
    assertThat(r.byline().author()).isNull();
    assertThat(r.bodyEnd()).isEqualTo(2);
  }

  @Test
  void reads_the_wire_code_at_the_end() {
    BylineReading r = read("موسكو الزمان", "بدأ الائتلاف الوطني السوري المعارض بترشيد موقفه.", "AZP02");
    assertThat(r.byline().code()).isEqualTo("AZP02");
    assertThat(r.bodyEnd()).isEqualTo(2);
  }

  @Test
  void reads_a_dateline_opening_the_second_paragraph() {
    BylineReading r = read("ايلاف", "تجددت الدعوة الروسية للائتلاف السوري المعارض لزيارة موسكو.",
        "لندن: كشف مصدر دبلوماسي غربي أن الرئيس الروسي فلاديمير بوتين يعتزم توجيه دعوة.");
    assertThat(r.byline().place()).isEqualTo("لندن");
    assertThat(r.bodyStart()).isEqualTo(1);
  }

  @Test
  void reads_place_and_agency_opening_the_first_paragraph() {
    BylineReading r = read("القاهرة (رويترز) - قالت مصادر أمنية إن الشرطة اعتقلت عشرة أشخاص في وسط المدينة.");
    assertThat(r.byline().place()).isEqualTo("القاهرة");
    assertThat(r.byline().agency()).isEqualTo("رويترز");
  }

  @Test
  void lets_the_head_win_over_the_tail() {
    BylineReading r = read("الاخبار", "نص الخبر كاملا في فقرة واحدة طويلة بما يكفي.", "البيان");
    assertThat(r.byline().source()).isEqualTo("الاخبار");
  }

  @Test
  void reports_a_date_conflict_with_its_line() {
    BylineReading r = read("لندن :13 محرم 1435 – 17 / 12 / 2013", "نص.");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Problem.Kind.DATE_CONFLICT);
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.article()).isEqualTo("7");
    });
  }

  @Test
  void reads_an_empty_article() {
    BylineReading r = read();
    assertThat(r.byline().isEmpty()).isTrue();
    assertThat(r.bodyStart()).isZero();
    assertThat(r.bodyEnd()).isZero();
  }
}
