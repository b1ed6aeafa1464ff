package org.malaff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.text.ArabicNormalizer.Level;

class ArabicTokenizerTest {
  @Test
  void cuts_at_punctuation_quotes_and_spaces() {
    assertThat(ArabicTokenizer.words("قال لافروف: «جنيف-2» قريب.", Level.STANDARD))
        .containsExactly("قال", "لافروف", "جنيف", "2", "قريب");
  }

  @Test
  void keeps_harakat_inside_words_and_drops_them() {
    assertThat(ArabicTokenizer.words("مُحَمَّد عَلِي", Level.STANDARD)).containsExactly("محمد", "علي");
  }

  @Test
  void hashes_the_same_word_written_two_ways_alike() {
    List<Long> a = new ArrayList<>();
    List<Long> b = new ArrayList<>();
    ArabicTokenizer.hashWords("الإرهاب", Level.STANDARD, a::add);
    ArabicTokenizer.hashWords("الارهاب", Level.STANDARD, b::add);
    assertThat(a).isEqualTo(b).hasSize(1);
    assertThat(a.get(0)).isEqualTo(Hashing.string("الارهاب"));
  }

  @Test
  void finds_no_word_in_punctuation() {
    assertThat(ArabicTokenizer.words(" … «» - ", Level.STANDARD)).isEmpty();
  }
}
