package org.malaff.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchKeyTest {
  @Test
  void ignores_quotes_of_every_kind() {
    assertThat(MatchKey.of("«الشرق الأوسط»")).isEqualTo(MatchKey.of("\"الشرق الاوسط\""));
    assertThat(MatchKey.of("“لافروف” يشيد")).isEqualTo(MatchKey.of("لافروف” يشيد"));
  }

  @Test
  void turns_dots_and_spaces_into_one_space() {
    assertThat(MatchKey.of("أ.ف.ب")).isEqualTo("ا ف ب");
    assertThat(MatchKey.of("أ ش أ")).isEqualTo("ا ش ا");
    assertThat(MatchKey.of("  موسكو  ,  روسيا ")).isEqualTo("موسكو روسيا");
  }

  @Test
  void keeps_digits() {
    assertThat(MatchKey.of("جنيف-٢")).isEqualTo("جنيف 2");
  }

  @Test
  void is_empty_for_punctuation_only() {
    assertThat(MatchKey.of(" - «» ")).isEmpty();
    assertThat(MatchKey.of("")).isEmpty();
  }
}
