package org.malaff.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcliticsTest {
  private final Proclitics knowing = new Proclitics(Set.of("فيدرر", "برلين", "موسكو", "كتاب", "تاب")::contains);

  @Test
  void the_article_and_what_comes_before_it_go() {
    assertThat(knowing.strip("والعراق")).isEqualTo("عراق");
    assertThat(knowing.strip("للحزب")).isEqualTo("حزب");
    assertThat(knowing.strip("ال")).isEqualTo("ال");
  }

  @Test
  void a_single_letter_stays_when_the_word_is_known_and_the_rest_is_not() {
    assertThat(knowing.strip("فيدرر")).isEqualTo("فيدرر");
    assertThat(knowing.strip("برلين")).isEqualTo("برلين");
    assertThat(knowing.strip("وفيدرر")).isEqualTo("فيدرر");
    assertThat(knowing.strip("بموسكو")).isEqualTo("موسكو"); // not known as a whole
    assertThat(knowing.strip("كتاب")).isEqualTo("تاب"); // both known: the letter goes
    assertThat(knowing.strip("ولد")).isEqualTo("ولد"); // three letters: too short to cut
  }

  @Test
  void without_a_vocabulary_every_such_letter_goes() {
    assertThat(Proclitics.blind().strip("فيدرر")).isEqualTo("يدرر");
  }
}
