package org.malaff.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;

class PersonSpansTest {
  private static final Set<String> LISTED = Set.of("وليد", "المهدي");

  private static List<String> mend(String words, String tags) {
    List<String> tokens = List.of(words.split(" "));
    List<String> norms = tokens.stream().map(t -> ArabicNormalizer.normalize(t, Level.STANDARD)).toList();
    return PersonSpans.mend(tokens, norms, List.of(tags.split(" ")), LISTED::contains);
  }

  @Test
  void a_word_opening_with_waw_inside_a_name_starts_the_next_person() {
    assertThat(mend("الزوجي دونالد وبالمر علي", "O B-PERS I-PERS O")).containsExactly("O", "B-PERS", "B-PERS", "O");
    assertThat(mend("عطا والجراح في", "B-PERS I-PERS O")).containsExactly("B-PERS", "B-PERS", "O");
  }

  @Test
  void waw_stays_inside_after_a_connector_or_when_the_word_is_a_name_of_its_own() {
    assertThat(mend("سعد بن أبي وقاص", "B-PERS I-PERS I-PERS I-PERS"))
        .containsExactly("B-PERS", "I-PERS", "I-PERS", "I-PERS");
    assertThat(mend("خالد وليد حمزة", "B-PERS I-PERS I-PERS")).containsExactly("B-PERS", "I-PERS", "I-PERS");
  }

  @Test
  void an_adjective_of_origin_or_a_preposition_does_not_open_a_name() {
    assertThat(mend("الكاميروني صامويل إيتو", "B-PERS I-PERS I-PERS")).containsExactly("O", "B-PERS", "I-PERS");
    assertThat(mend("على عطا ،", "B-PERS I-PERS O")).containsExactly("O", "B-PERS", "O");
    assertThat(mend("والسريلانكي جاينثا دانابالا", "B-PERS I-PERS I-PERS")).containsExactly("O", "B-PERS", "I-PERS");
  }

  @Test
  void a_listed_name_that_looks_like_an_adjective_keeps_its_place_and_other_types_are_left_alone() {
    assertThat(mend("المهدي الطاهري", "B-PERS I-PERS")).containsExactly("B-PERS", "I-PERS");
    assertThat(mend("الأمريكي صامويل", "B-PERS O")).containsExactly("B-PERS", "O"); // one word: nothing to move to
    assertThat(mend("السوق العربية والمشتركة", "B-ORG I-ORG I-ORG")).containsExactly("B-ORG", "I-ORG", "I-ORG");
  }
}
