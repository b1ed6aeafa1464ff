package org.malaff.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.malaff.read.Gazetteer;

class KnownWordsTest {
  private static KnownWords known(int limit) {
    NerFeatures features = new NerFeatures(Gazetteer.bundled(), Lexicon.none(), 12);
    Weights none = Weights.of(new float[(1 << 12) * Labels.COUNT]);
    return new KnownWords(features, none, none, limit);
  }

  @Test
  void when_full_lets_go_of_the_words_met_once_and_keeps_the_frequent_ones() {
    KnownWords known = known(10);
    for (int i = 0; i < 3; i++) {
      known.of("قال");
    }
    for (int i = 1; i <= 9; i++) {
      known.of("كلمة" + i);
    }
    assertThat(known.keeps("كلمة1")).isTrue();
    known.of("كلمة10"); // the eleventh word: the cache was full
    assertThat(known.keeps("قال")).isTrue();
    assertThat(known.keeps("كلمة10")).isTrue();
    for (int i = 1; i <= 9; i++) {
      assertThat(known.keeps("كلمة" + i)).as("كلمة" + i).isFalse();
    }
  }

  @Test
  void starts_afresh_when_letting_go_of_the_rare_words_frees_too_little() {
    KnownWords known = known(4);
    for (String w : new String[] {"أ", "ب", "ج"}) {
      known.of(w);
      known.of(w);
    }
    known.of("د");
    known.of("هـ"); // full: only د was met once, and three of four is more than half
    assertThat(known.keeps("أ")).isFalse();
    assertThat(known.keeps("هـ")).isTrue();
  }

  @Test
  void a_kept_word_gives_the_same_facts_as_when_first_met() {
    KnownWords known = known(10);
    WordFacts first = known.of("وموسكو").facts();
    assertThat(known.of("وموسكو").facts()).isSameAs(first);
    assertThat(first.word).isEqualTo("وموسكو");
  }
}
