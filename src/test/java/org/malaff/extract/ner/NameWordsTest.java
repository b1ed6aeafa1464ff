package org.malaff.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameWordsTest {
  private static final List<String> ANETAC = List.of(
      "PERSON Fernando Alonso فرناندو ألونسو",
      "PERSON Paris Hilton باريس هيلتون",
      "LOCATION Paris باريس",
      "ORGANIZATION Hilton Hotels فنادق هيلتون",
      "PERSON Nobody", // no Arabic: skipped
      "SPORT Tennis تنس"); // not a kind of name: skipped

  @Test
  void each_word_of_a_name_is_kept_normalized_with_its_kinds() {
    NameWords names = NameWords.fromAnetac(ANETAC);
    assertThat(names.of("PERSON")).contains("فرناندو", "الونسو", "باريس", "هيلتون"); // hamza folded
    assertThat(names.of("LOCATION")).containsExactly("باريس");
    assertThat(names.kinds("باريس")).isEqualTo(0b011); // a person's and a place's name
    assertThat(names.kinds("هيلتون")).isEqualTo(0b101);
    assertThat(names.kinds("تنس")).isZero();
    assertThat(names.size()).isEqualTo(5);
  }

  @Test
  void name_words_are_written_and_read_back() throws IOException {
    NameWords names = NameWords.fromAnetac(ANETAC);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    names.write(bytes);
    NameWords back = NameWords.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(back.size()).isEqualTo(names.size());
    assertThat(back.kinds("باريس")).isEqualTo(names.kinds("باريس"));
    assertThat(back.of("ORGANIZATION")).containsExactlyInAnyOrder("فنادق", "هيلتون");
  }

  @Test
  void listed_names_give_each_word_of_three_letters_or_more_and_whole_short_names() {
    NameWords listed = NameWords.fromLists(java.util.Map.of(
        "PERSON", List.of("أحمد بن علي", "نور"),
        "ORGANIZATION", List.of("الأمم المتحدة ", "")));
    assertThat(listed.of("PERSON")).containsExactlyInAnyOrder("احمد", "علي", "نور"); // بن is too short inside a name
    assertThat(listed.of("ORGANIZATION")).containsExactlyInAnyOrder("الامم", "المتحده");
    assertThat(listed.kinds("احمد")).isEqualTo(0b001);
    assertThat(listed.kinds("بن")).isZero();
  }
}
