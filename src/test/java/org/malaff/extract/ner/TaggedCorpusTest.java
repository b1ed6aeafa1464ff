package org.malaff.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggedCorpusTest {
  @Test
  void sentences_end_after_a_full_stop_or_question_mark() {
    List<TaggedSentence> s = TaggedCorpus.parse(List.of("أعلن O", "اتحاد B-ORG", "الكتاب I-ORG", ". O",
        "هل O", "انتهى O", "؟ O", "\u200f", "في O", "دمشق B-LOC"));
    assertThat(s).hasSize(3);
    assertThat(s.get(0).tokens()).containsExactly("أعلن", "اتحاد", "الكتاب", ".");
    assertThat(s.get(0).tags()).containsExactly("O", "B-ORG", "I-ORG", "O");
    assertThat(s.get(2).tokens()).containsExactly("في", "دمشق"); // a line without a tag is skipped
  }

  @Test
  void a_long_run_without_a_full_stop_is_cut_at_an_O() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      lines.add("كلمة O");
    }
    List<TaggedSentence> s = TaggedCorpus.parse(lines);
    assertThat(s).allMatch(x -> x.size() <= TaggedCorpus.LONGEST);
    assertThat(s.stream().mapToInt(TaggedSentence::size).sum()).isEqualTo(250);
  }

  @Test
  void the_held_out_part_is_whole_sentences_from_the_end() {
    List<TaggedSentence> s = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      s.add(new TaggedSentence(List.of("أ", "ب", "."), List.of("O", "O", "O")));
    }
    assertThat(TaggedCorpus.heldOutStart(s, 0.2)).isEqualTo(8);
  }

  @Test
  void titles_are_the_words_that_often_come_before_a_person() {
    List<TaggedSentence> s = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      s.add(new TaggedSentence(List.of("قال", "المدرب", "جوزيه", "."), List.of("O", "O", "B-PERS", "O")));
      s.add(new TaggedSentence(List.of("قال", "المصدر", "."), List.of("O", "O", "O")));
    }
    s.add(new TaggedSentence(List.of("الإمام", "علي"), List.of("O", "B-PERS"))); // once: too rare
    assertThat(TaggedCorpus.wordsBefore(s, "PERS", 3, 0.3)).containsExactly("المدرب");
  }
}
