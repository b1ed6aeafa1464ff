package org.malaff.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  /** Two kinds of words in two kinds of context: names after "قال" and before "إن", fruit after "أكل". */
  private static List<List<String>> text() {
    Random r = new Random(3);
    List<String> names = List.of("سامر", "ليلى", "مازن", "هالة");
    List<String> fruit = List.of("تفاحا", "موزا", "عنبا", "تينا");
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      out.add(List.of("قال", names.get(r.nextInt(4)), "إن", "الجو", "جميل"));
      out.add(List.of("أكل", "الولد", fruit.get(r.nextInt(4)), "طازجا", "اليوم"));
    }
    return out;
  }

  @Test
  void words_of_the_same_contexts_share_a_class_and_others_do_not() {
    WordClusters c = WordClusters.learn(text(), 5, 1000, 50, new int[] {2}, 10, 1);
    assertThat(c.of("سامر")[0]).isEqualTo(c.of("ليلى")[0]).isEqualTo(c.of("هالة")[0]);
    assertThat(c.of("تفاحا")[0]).isEqualTo(c.of("موزا")[0]).isNotEqualTo(c.of("سامر")[0]);
    assertThat(c.of("كلمة")).isNull();
  }

  @Test
  void written_and_read_back_are_the_same() throws IOException {
    WordClusters c = WordClusters.learn(text(), 5, 1000, 50, new int[] {2, 4}, 5, 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    c.write(bytes);
    WordClusters back = WordClusters.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(back.vocabulary()).isEqualTo(c.vocabulary());
    assertThat(back.of("مازن")).containsExactly(c.of("مازن"));
    assertThat(back.levels()).isEqualTo(2);
  }
}
