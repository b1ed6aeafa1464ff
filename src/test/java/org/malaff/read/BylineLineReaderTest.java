package org.malaff.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.malaff.model.Byline;

/** One test per layout rule, with lines from real dossiers. */
class BylineLineReaderTest {
  private static final LocalDate DOSSIER = LocalDate.of(2013, 11, 21);
  private final BylineLineReader reader = new BylineLineReader(Gazetteer.bundled());

  private Byline read(String line) {
    return reader.read(line, DOSSIER).orElseThrow(() -> new AssertionError("not metadata: " + line)).byline();
  }

  private boolean isMetadata(String line) {
    return reader.read(line, DOSSIER).isPresent();
  }

  @Test
  void reads_an_outlet_alone() {
    assertThat(read("الاخبار")).isEqualTo(Byline.ofSource("الاخبار"));
    assertThat(read("الاذاعة والتلفزيون").source()).isEqualTo("الاذاعة والتلفزيون");
    assertThat(read("الصباح ").source()).isEqualTo("الصباح");
  }

  @Test
  void reads_an_outlet_in_quotes() {
    assertThat(read("\"أنباء موسكو\"").source()).isEqualTo("أنباء موسكو");
  }

  @Test
  void reads_an_agency_alone() {
    assertThat(read("أ ش أ").agency()).isEqualTo("أ ش أ");
  }

  @Test
  void reads_place_slash_agency() {
    Byline b = read("موسكو/ أ.ف.ب");
    assertThat(b.place()).isEqualTo("موسكو");
    assertThat(b.agency()).isEqualTo("أ.ف.ب");
  }

  @Test
  void reads_place_colon_outlet_in_angle_quotes() {
    Byline b = read("بيروت: «الشرق الأوسط»");
    assertThat(b.place()).isEqualTo("بيروت");
    assertThat(b.source()).isEqualTo("الشرق الأوسط");
  }

  @Test
  void reads_place_and_outlet_without_a_separator() {
    Byline b = read("موسكو الزمان");
    assertThat(b.place()).isEqualTo("موسكو");
    assertThat(b.source()).isEqualTo("الزمان");
  }

  @Test
  void reads_a_timestamp_line() {
    Byline b = read("2013-11-19 12:15:06");
    assertThat(b.date()).isEqualTo(LocalDate.of(2013, 11, 19));
    assertThat(b.time()).isEqualTo(LocalTime.of(12, 15));
    assertThat(read("19 تشرين الثاني , 2013 16:11:19").time()).isEqualTo(LocalTime.of(16, 11));
  }

  @Test
  void reads_the_source_label_as_a_dateline_with_an_author() {
    Byline b = read("المصدر: القاهرة ـ أحمد إسماعيل");
    assertThat(b.place()).isEqualTo("القاهرة");
    assertThat(b.author()).isEqualTo("أحمد إسماعيل");
    assertThat(b.source()).isNull();
  }

  @Test
  void reads_the_source_label_as_an_outlet() {
    assertThat(read("المصدر: جريدة الحياة").source()).isEqualTo("جريدة الحياة");
    assertThat(read("المصدر: نشرة لا يعرفها أحد").source()).isEqualTo("نشرة لا يعرفها أحد");
  }

  @Test
  void reads_a_source_label_with_outlet_and_agencies_joined_by_waw() {
    Byline b = read("المصدر: دمشق ــ حلب، البيان والوكالات موسكو - الوكالات");
    assertThat(b.place()).isEqualTo("دمشق");
    assertThat(b.source()).isEqualTo("البيان");
    assertThat(b.agency()).isEqualTo("الوكالات");
  }

  @Test
  void reads_the_date_label() {
    assertThat(read("التاريخ: 20 نوفمبر 2013").date()).isEqualTo(LocalDate.of(2013, 11, 20));
    assertThat(isMetadata("التاريخ: غير معروف")).isFalse();
  }

  @Test
  void reads_author_labels() {
    assertThat(read("نشر من قبل: شيرين الرفاعي").author()).isEqualTo("شيرين الرفاعي");
    assertThat(read("بقلم: د. برهان غليون").author()).isEqualTo("د. برهان غليون");
    assertThat(read("كتب: محمد علي").author()).isEqualTo("محمد علي");
  }

  @Test
  void reads_a_dateline_with_country_date_and_agency_taking_the_year_from_the_dossier() {
    Byline b = read("موسكو , روسيا , 19 نوفمبر , وكالات -");
    assertThat(b.place()).isEqualTo("موسكو");
    assertThat(b.agency()).isEqualTo("وكالات");
    assertThat(b.date()).isEqualTo(LocalDate.of(2013, 11, 19));
  }

  @Test
  void reads_place_outlet_agency_weekday_and_date() {
    Byline b = read("موسكو - الوطن العربي - وكالات - الأربعاء, 20 نوفمبر 2013");
    assertThat(b).isEqualTo(new Byline("الوطن العربي", null, null, "موسكو", "وكالات",
        LocalDate.of(2013, 11, 20), null, null));
  }

  @Test
  void reads_a_section_line() {
    assertThat(read("الاخبار المحلية")).isEqualTo(Byline.EMPTY.withSection("الاخبار المحلية"));
  }

  @Test
  void reads_a_wire_code() {
    assertThat(read("AZP02").code()).isEqualTo("AZP02");
  }

  @Test
  void prefers_the_gregorian_date_and_reports_a_conflict_with_the_hijri_one() {
    LineReading agreeing = reader.read("لندن :13 محرم 1435 – 17 / 11 / 2013", DOSSIER).orElseThrow();
    assertThat(agreeing.byline().date()).isEqualTo(LocalDate.of(2013, 11, 17));
    assertThat(agreeing.byline().place()).isEqualTo("لندن");
    assertThat(agreeing.conflict()).isNull();
    LineReading conflicting = reader.read("لندن :13 محرم 1435 – 17 / 12 / 2013", DOSSIER).orElseThrow();
    assertThat(conflicting.byline().date()).isEqualTo(LocalDate.of(2013, 12, 17));
    assertThat(conflicting.conflict()).contains("2013-11-16");
  }

  @Test
  void takes_the_hijri_date_when_it_is_the_only_one() {
    assertThat(read("دمشق - 13 محرم 1435").date()).isEqualTo(LocalDate.of(2013, 11, 16));
  }

  @Test
  void does_not_take_running_text_for_metadata() {
    assertThat(isMetadata("قالت روسيا يوم الثلاثاء ان وضع حد لأنشطة الارهابيين يجب ان يكون من بين الموضوعات.")).isFalse();
    assertThat(isMetadata("دعوة روسية")).isFalse();
    assertThat(isMetadata("المقداد يلتقي عبد اللهيان")).isFalse();
    assertThat(isMetadata("جورج صبرا: لن نزور موسكو")).isFalse();
    assertThat(isMetadata("")).isFalse();
  }

  @Test
  void does_not_read_lines_longer_than_a_byline() {
    assertThat(isMetadata("موسكو ".repeat(40))).isFalse();
  }
}
