package org.malaff.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSpansTest {
  private static List<List<String>> split(String... sentences) {
    return Arrays.stream(sentences).map(s -> List.of(s.split(" "))).toList();
  }

  @Test
  void a_name_tagged_once_is_tagged_where_the_document_left_it_untagged() {
    List<List<String>> words = split("قال الونسو ان", "هاجم الونسو الحكم", "وفاز والونسو امس");
    List<List<String>> tags = split("O B-PERS O", "O O O", "O O O");
    assertThat(DocumentSpans.propagate(words, tags, 20))
        .containsExactly(List.of("O", "B-PERS", "O"), List.of("O", "B-PERS", "O"), List.of("O", "B-PERS", "O"));
  }

  @Test
  void the_longest_name_wins_the_majority_type_is_given_and_tagged_words_are_not_touched() {
    List<List<String>> words = split("دينامو كييف فاز", "كييف دينامو", "ضد دينامو كييف", "كييف");
    List<List<String>> tags = split("B-ORG I-ORG O", "B-LOC O", "O O O", "O");
    assertThat(DocumentSpans.propagate(words, tags, 20)).containsExactly(List.of("B-ORG", "I-ORG", "O"),
        List.of("B-LOC", "O"), List.of("O", "B-ORG", "I-ORG"), List.of("B-LOC"));
  }

  @Test
  void names_are_carried_only_within_the_window() {
    List<List<String>> words = split("قال الونسو", "ثم", "الونسو");
    List<List<String>> tags = split("O B-PERS", "O", "O");
    assertThat(DocumentSpans.propagate(words, tags, 1).get(2)).containsExactly("O");
    assertThat(DocumentSpans.propagate(words, tags, 2).get(2)).containsExactly("B-PERS");
  }

  @Test
  void a_word_inside_a_longer_untagged_run_that_continues_an_entity_is_left_alone() {
    List<List<String>> words = split("قال الونسو", "الونسو بيريز");
    List<List<String>> tags = split("O B-PERS", "O I-LOC");
    assertThat(DocumentSpans.propagate(words, tags, 20).get(1)).containsExactly("O", "I-LOC");
  }
}
