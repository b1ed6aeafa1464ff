package org.malaff.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void an_inside_label_follows_only_its_own_type_and_the_others_follow_anything() {
    assertThat(Labels.previous(Labels.of("I-PERS"))).containsExactly(Labels.of("B-PERS"), Labels.of("I-PERS"));
    assertThat(Labels.previous(Labels.of("B-LOC"))).hasSize(Labels.COUNT);
    assertThat(Labels.previous(Labels.O)).hasSize(Labels.COUNT);
    assertThat(Labels.allowed(-1, Labels.of("I-ORG"))).isFalse();
  }
}
