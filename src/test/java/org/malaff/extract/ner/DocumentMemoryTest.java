package org.malaff.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.read.Gazetteer;

class DocumentMemoryTest {
  private final NerFeatures features = new NerFeatures(Gazetteer.bundled(), Lexicon.none(), 16);

  private static int[] labels(String... tags) {
    int[] out = new int[tags.length];
    for (int i = 0; i < tags.length; i++) {
      out[i] = Labels.of(tags[i]);
    }
    return out;
  }

  private List<Integer> cues(DocumentMemory memory, String stem, int limit) {
    List<Integer> out = new ArrayList<>();
    memory.cues(stem, limit, out::add);
    return out;
  }

  @Test
  void remembers_what_the_first_reading_said_of_a_word_and_its_contexts_until_taken_away() {
    DocumentMemory memory = new DocumentMemory();
    WordFacts[] sentence = features.facts(List.of("قال", "الشيخ", "القرضاوي", "."));
    int[] tags = labels("O", "O", "B-PERS", "O");
    memory.add(sentence, tags);
    assertThat(memory.said(false, "القرضاوي")).isEqualTo("PERS");
    assertThat(memory.said(true, "قرضاوي")).isEqualTo("PERS");
    assertThat(memory.said(false, "بوتين")).isEqualTo("-");
    assertThat(cues(memory, "قرضاوي", 40)).contains(sentence[1].cueBefore, sentence[3].cueAfter,
        DocumentMemory.cue("pt:", "O"), DocumentMemory.cue("nt:", "O"));
    memory.add(sentence, tags);
    assertThat(memory.said(false, "القرضاوي")).isEqualTo("PERS+");
    memory.remove(sentence, tags);
    memory.remove(sentence, tags);
    assertThat(memory.said(false, "القرضاوي")).isEqualTo("-");
    assertThat(cues(memory, "قرضاوي", 40)).isEmpty();
  }

  @Test
  void keeps_many_contexts_and_forgets_each_when_its_sentence_goes() {
    DocumentMemory memory = new DocumentMemory();
    List<WordFacts[]> sentences = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      sentences.add(features.facts(List.of("كلمة" + i, "لافروف", "قال" + i)));
      memory.add(sentences.get(i), labels("O", "B-PERS", "O"));
    }
    String stem = sentences.get(0)[1].stem; // without a vocabulary, ل is read as a clitic: افروف
    assertThat(cues(memory, stem, 40)).hasSize(40).doesNotHaveDuplicates();
    assertThat(cues(memory, stem, 10_000)).hasSize(300 + 300 + 2); // words before, after, and the two labels
    for (int i = 0; i < 299; i++) {
      memory.remove(sentences.get(i), labels("O", "B-PERS", "O"));
    }
    assertThat(cues(memory, stem, 10_000)).containsExactlyInAnyOrder(sentences.get(299)[0].cueBefore,
        sentences.get(299)[2].cueAfter, DocumentMemory.cue("pt:", "O"), DocumentMemory.cue("nt:", "O"));
    assertThat(memory.said(false, "لافروف")).isEqualTo("PERS");
  }
}
