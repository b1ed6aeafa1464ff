package org.malaff.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.malaff.text.ArabicNormalizer.Level;

class ShinglesTest {
  @Test
  void makes_one_shingle_per_run_of_k_words() {
    assertThat(Shingles.of("واحد اثنان ثلاثة أربعة خمسة ستة", 5, Level.STANDARD)).hasSize(2);
  }

  @Test
  void makes_the_same_shingles_for_spelling_variants() {
    assertThat(Shingles.of("أعلن الوزير أن الأولوية لمحاربة الإرهاب", 3, Level.STANDARD))
        .isEqualTo(Shingles.of("اعلن الوزير ان الاولوية لمحاربة الارهاب", 3, Level.STANDARD));
  }

  @Test
  void depends_on_word_order() {
    assertThat(Shingles.of("واحد اثنان ثلاثة", 3, Level.STANDARD))
        .isNotEqualTo(Shingles.of("ثلاثة اثنان واحد", 3, Level.STANDARD));
  }

  @Test
  void makes_one_shingle_of_a_short_text_and_none_of_an_empty_one() {
    assertThat(Shingles.of("كلمتان فقط", 5, Level.STANDARD)).hasSize(1);
    assertThat(Shingles.of("", 5, Level.STANDARD)).isEmpty();
  }

  @Test
  void sorts_and_removes_repeats() {
    assertThat(Shingles.distinctSorted(new long[] {5, 1, 5, 3, 1})).containsExactly(1, 3, 5);
  }
}
