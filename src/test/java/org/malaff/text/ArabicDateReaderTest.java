package org.malaff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.text.DateMention.Calendar;

class ArabicDateReaderTest {
  private static final LocalDate DOSSIER = LocalDate.of(2013, 11, 21);

  private static DateMention only(String text) {
    List<DateMention> found = ArabicDateReader.find(text, DOSSIER);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void reads_year_first_numeric_dates_with_time() {
    DateMention d = only("2013-11-19 12:15:06");
    assertThat(d.date()).isEqualTo(LocalDate.of(2013, 11, 19));
    assertThat(d.time()).isEqualTo(LocalTime.of(12, 15));
    assertThat(d.calendar()).isEqualTo(Calendar.NUMERIC);
  }

  @Test
  void reads_day_first_numeric_dates_with_dots_slashes_and_spaces() {
    assertThat(only("21.11.2013").date()).isEqualTo(LocalDate.of(2013, 11, 21));
    assertThat(only("17 / 11 / 2013").date()).isEqualTo(LocalDate.of(2013, 11, 17));
    assertThat(only("20-11-2013").date()).isEqualTo(LocalDate.of(2013, 11, 20));
  }

  @Test
  void reads_arabic_indic_digits() {
    assertThat(only("٢٠ نوفمبر ٢٠١٣").date()).isEqualTo(LocalDate.of(2013, 11, 20));
  }

  @Test
  void reads_levantine_month_names() {
    DateMention d = only("19 تشرين الثاني , 2013 16:11:19");
    assertThat(d.date()).isEqualTo(LocalDate.of(2013, 11, 19));
    assertThat(d.time()).isEqualTo(LocalTime.of(16, 11));
    assertThat(only("3 كانون الثاني 2014").date()).isEqualTo(LocalDate.of(2014, 1, 3));
    assertThat(only("1 آب 2013").date()).isEqualTo(LocalDate.of(2013, 8, 1));
    assertThat(only("5 تشرين أول 2013").date()).isEqualTo(LocalDate.of(2013, 10, 5));
  }

  @Test
  void reads_egyptian_month_names_with_variants() {
    assertThat(only("20 نوفمبر 2013").date()).isEqualTo(LocalDate.of(2013, 11, 20));
    assertThat(only("4 يونيه 2013").date()).isEqualTo(LocalDate.of(2013, 6, 4));
    assertThat(only("9 إبريل 2013").date()).isEqualTo(LocalDate.of(2013, 4, 9));
  }

  @Test
  void reads_maghrebi_month_names() {
    assertThat(only("12 جانفي 2013").date()).isEqualTo(LocalDate.of(2013, 1, 12));
    assertThat(only("7 شتنبر 2013").date()).isEqualTo(LocalDate.of(2013, 9, 7));
  }

  @Test
  void reads_a_month_given_by_both_names() {
    assertThat(only("11 تشرين الثاني/نوفمبر 2013").date()).isEqualTo(LocalDate.of(2013, 11, 11));
    assertThat(only("25 نوفمبر تشرين الثاني").date()).isEqualTo(LocalDate.of(2013, 11, 25));
  }

  @Test
  void takes_a_missing_year_from_the_reference_date() {
    assertThat(only("19 نوفمبر").date()).isEqualTo(LocalDate.of(2013, 11, 19));
    List<DateMention> lastYear = ArabicDateReader.find("30 ديسمبر", LocalDate.of(2014, 1, 2));
    assertThat(lastYear.get(0).date()).isEqualTo(LocalDate.of(2013, 12, 30));
  }

  @Test
  void reports_no_date_without_a_year_or_a_reference() {
    assertThat(ArabicDateReader.find("19 نوفمبر", null)).isEmpty();
  }

  @Test
  void converts_hijri_dates_with_umm_al_qura() {
    DateMention d = only("13 محرم 1435");
    assertThat(d.calendar()).isEqualTo(Calendar.HIJRI);
    assertThat(d.date()).isEqualTo(LocalDate.of(2013, 11, 16));
    assertThat(only("1 رمضان 1436 هـ").date()).isEqualTo(LocalDate.of(2015, 6, 18));
  }

  @Test
  void includes_a_weekday_before_the_date() {
    String line = "موسكو - الوطن العربي - وكالات - الأربعاء, 20 نوفمبر 2013";
    DateMention d = only(line);
    assertThat(line.substring(d.start(), d.end())).isEqualTo("الأربعاء, 20 نوفمبر 2013");
  }

  @Test
  void reads_relative_days_against_the_reference() {
    assertThat(only("أمس").date()).isEqualTo(LocalDate.of(2013, 11, 20));
    assertThat(only("أول من أمس").date()).isEqualTo(LocalDate.of(2013, 11, 19));
  }

  @Test
  void reads_a_time_alone() {
    DateMention d = only("الساعة 09:30");
    assertThat(d.date()).isNull();
    assertThat(d.time()).isEqualTo(LocalTime.of(9, 30));
  }

  @Test
  void rejects_impossible_dates() {
    assertThat(ArabicDateReader.find("31 شباط 2013", DOSSIER)).isEmpty();
    assertThat(ArabicDateReader.find("2013-13-40", DOSSIER)).isEmpty();
    assertThat(ArabicDateReader.find("25:99", DOSSIER)).isEmpty();
  }

  @Test
  void finds_every_date_in_a_signature_line() {
    List<DateMention> found = ArabicDateReader.find("لندن :13 محرم 1435 – 17 / 11 / 2013", DOSSIER);
    assertThat(found).extracting(DateMention::calendar).containsExactly(Calendar.HIJRI, Calendar.NUMERIC);
  }

  @Test
  void finds_nothing_in_empty_text() {
    assertThat(ArabicDateReader.find("", DOSSIER)).isEmpty();
  }
}
