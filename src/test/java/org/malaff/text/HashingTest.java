package org.malaff.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashingTest {
  @Test
  void joined_strings_hash_as_the_string_they_make() {
    assertThat(Hashing.joined("سيرغي", '|', "لافروف")).isEqualTo(Hashing.string("سيرغي|لافروف"));
    assertThat(Hashing.joined("", '|', "")).isEqualTo(Hashing.string("|"));
    assertThat(Hashing.joined("4.2", '|', "-", "given+")).isEqualTo(Hashing.string("4.2|-|given+"));
    assertThat(Hashing.joined("a", '|', "b")).isNotEqualTo(Hashing.joined("b", '|', "a"));
  }

  @Test
  void chars_and_string_agree() {
    char[] chars = "موسكو".toCharArray();
    assertThat(Hashing.chars(chars, chars.length)).isEqualTo(Hashing.string("موسكو"));
  }
}
