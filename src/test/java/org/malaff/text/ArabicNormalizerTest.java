package org.malaff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.text.ArabicNormalizer.Level;

/** Each rule of each level once, with real Arabic. */
class ArabicNormalizerTest {
  private static String light(String s) {
    return ArabicNormalizer.normalize(s, Level.LIGHT);
  }

  private static String standard(String s) {
    return ArabicNormalizer.normalize(s, Level.STANDARD);
  }

  private static String loose(String s) {
    return ArabicNormalizer.normalize(s, Level.LOOSE);
  }

  @Test
  void light_drops_diacritics() {
    assertThat(light("مُحَمَّدٌ")).isEqualTo("محمد");
  }

  @Test
  void light_drops_tatweel() {
    assertThat(light("الـــوطن")).isEqualTo("الوطن");
  }

  @Test
  void light_drops_bidi_marks_and_zero_width_characters() {
    assertThat(light("\u200Fموسكو\u202B")).isEqualTo("موسكو");
    assertThat(light("می\u200Cخواهم")).isEqualTo("میخواهم");
  }

  @Test
  void light_folds_arabic_indic_and_persian_digits() {
    assertThat(light("١٣٧٣")).isEqualTo("1373");
    assertThat(light("۱۹")).isEqualTo("19");
  }

  @Test
  void light_decomposes_presentation_forms() {
    assertThat(light("\uFEE3\uFEA4\uFEE4\uFEAA")).isEqualTo("محمد");
    assertThat(light("\uFEFB\uFE8E")).isEqualTo("لاا");
  }

  @Test
  void light_turns_every_space_into_one_plain_space() {
    assertThat(light("جنيف\u00A0\u00A02\tغدا\n")).isEqualTo("جنيف 2 غدا");
  }

  @Test
  void light_keeps_letter_variants() {
    assertThat(light("أحمد فاطمة مصطفى")).isEqualTo("أحمد فاطمة مصطفى");
  }

  @Test
  void standard_folds_alef_forms() {
    assertThat(standard("الإرهاب أحمد آذار ٱلله")).isEqualTo("الارهاب احمد اذار الله");
  }

  @Test
  void standard_folds_alef_maksura_and_ta_marbuta() {
    assertThat(standard("مصطفى فاطمة")).isEqualTo("مصطفي فاطمه");
  }

  @Test
  void standard_folds_persian_and_urdu_letter_forms() {
    assertThat(standard("أجری")).isEqualTo("اجري");
    assertThat(standard("کتاب")).isEqualTo("كتاب");
    assertThat(standard("کوردە")).isEqualTo("كورده");
  }

  @Test
  void standard_unifies_quote_variants_and_arabic_punctuation() {
    assertThat(standard("«جنيف 2»، “نعم”؟")).isEqualTo("\"جنيف 2\", \"نعم\"?");
  }

  @Test
  void standard_lower_cases_latin() {
    assertThat(standard("AFP")).isEqualTo("afp");
  }

  @Test
  void loose_folds_hamza_seats() {
    assertThat(loose("مؤتمر رئيس شيء")).isEqualTo("موتمر رييس شي");
  }

  @Test
  void loose_folds_letters_of_transliteration() {
    assertThat(loose("گازپروم")).isEqualTo("كازبروم");
    assertThat(loose("چيچنيا")).isEqualTo("جيجنيا");
  }

  @Test
  void normalizes_the_empty_text() {
    assertThat(standard("")).isEmpty();
    assertThat(standard(" \u00A0 ")).isEmpty();
  }

  @Test
  void agrees_with_the_offset_keeping_fold_on_letters() {
    for (String word : List.of("الإرهاب", "مُحَمَّد", "فاطمة", "مصطفى", "أجری", "کتاب", "٢٠١٣", "الـوطن", "ٱلله")) {
      assertThat(standard(word)).as(word).isEqualTo(FoldedText.of(word).folded());
    }
  }
}
