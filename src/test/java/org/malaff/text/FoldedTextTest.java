package org.malaff.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {
  private static String fold(String s) {
    return FoldedText.of(s).folded();
  }

  @Test
  void folds_alef_forms_to_bare_alef() {
    assertThat(fold("أحمد إسماعيل آذار ٱلله")).isEqualTo("احمد اسماعيل اذار الله");
  }

  @Test
  void folds_alef_maksura_and_persian_yeh_to_yeh() {
    assertThat(fold("مصطفى")).isEqualTo("مصطفي");
    assertThat(fold("أجری")).isEqualTo("اجري");
  }

  @Test
  void folds_teh_marbuta_to_heh() {
    assertThat(fold("فاطمة")).isEqualTo("فاطمه");
  }

  @Test
  void folds_keheh_to_kaf() {
    assertThat(fold("کتاب")).isEqualTo("كتاب");
  }

  @Test
  void drops_harakat_tatweel_and_bidi_marks() {
    assertThat(fold("مُحَمَّد")).isEqualTo("محمد");
    assertThat(fold("الـوطن")).isEqualTo("الوطن");
    assertThat(fold("\u200Fموسكو\u200E")).isEqualTo("موسكو");
  }

  @Test
  void folds_arabic_indic_and_persian_digits() {
    assertThat(fold("٢٠١٣-١١-١٩")).isEqualTo("2013-11-19");
    assertThat(fold("۱۹")).isEqualTo("19");
  }

  @Test
  void folds_every_space_to_a_plain_space() {
    assertThat(fold("1.\u00A0\u00A0عنوان\tثان")).isEqualTo("1.  عنوان ثان");
  }

  @Test
  void decomposes_presentation_forms() {
    assertThat(fold("\uFEFB")).isEqualTo("لا");
  }

  @Test
  void lower_cases_latin() {
    assertThat(fold("AFP")).isEqualTo("afp");
  }

  @Test
  void maps_folded_positions_back_to_the_original() {
    FoldedText f = FoldedText.of("مُحَمَّد علي");
    int start = f.folded().indexOf("علي");
    assertThat(f.originalSlice(start, start + 3)).isEqualTo("علي");
    assertThat(f.originalSlice(0, 4)).isEqualTo("مُحَمَّد");
  }

  @Test
  void folds_the_empty_text() {
    assertThat(fold("")).isEmpty();
    assertThat(FoldedText.of("").origin()).containsExactly(0);
  }
}
