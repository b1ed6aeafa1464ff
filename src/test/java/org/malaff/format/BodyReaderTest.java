package org.malaff.format;

import org.malaff.read.SubheadingRule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.model.Block;

class BodyReaderTest {
  private static final String LONG = "وأشار المقداد إلى التنسيق بين دمشق وطهران وموسكو قائلا إن وجودنا في موسكو دليل على التنسيق.";

  @Test
  void reads_a_short_line_before_a_longer_one_as_a_subheading() {
    assertThat(SubheadingRule.isSubheading("المقداد يلتقي عبد اللهيان", LONG)).isTrue();
  }

  @Test
  void reads_a_line_ending_in_a_full_stop_as_running_text() {
    assertThat(SubheadingRule.isSubheading("وتختلف موسكو وواشنطن تمثيل المعارضة السورية في جنيف.", LONG)).isFalse();
  }

  @Test
  void reads_the_last_line_as_running_text() {
    assertThat(SubheadingRule.isSubheading("المقداد يلتقي عبد اللهيان", null)).isFalse();
  }

  @Test
  void reads_a_line_with_an_ellipsis_as_running_text() {
    assertThat(SubheadingRule.isSubheading("ومن نكد الدنيا على الحر أن يرى ...عدوا له ما من صداقته بد", LONG)).isFalse();
  }

  @Test
  void reads_a_short_exclamation_as_a_subheading_and_a_long_one_as_text() {
    assertThat(SubheadingRule.isSubheading("إشادة ولكن!", LONG)).isTrue();
    assertThat(SubheadingRule.isSubheading("هل يعقل أن يبقى العالم صامتا أمام كل هذا الدم!", LONG)).isFalse();
  }

  @Test
  void reads_a_line_of_more_than_twenty_words_as_running_text() {
    String words = "كلمة ".repeat(21).strip();
    assertThat(SubheadingRule.isSubheading(words, words + " " + words)).isFalse();
  }

  @Test
  void keeps_blocks_in_order_without_blank_lines() {
    List<Block> blocks = BodyReader.read(List.of(LONG, "", "دعوة روسية", LONG + " وأكثر."));
    assertThat(blocks).extracting(Block::kind)
        .containsExactly(Block.Kind.PARAGRAPH, Block.Kind.SUBHEADING, Block.Kind.PARAGRAPH);
  }
}
