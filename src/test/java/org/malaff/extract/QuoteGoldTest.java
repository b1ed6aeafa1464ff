package org.malaff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.model.Entity;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.model.Quote;

class QuoteGoldTest {
  @Test
  void a_line_without_three_fields_is_reported_with_its_number() {
    assertThatThrownBy(() -> QuoteGold.parse(List.of("# comment", "01\tالحكومة ستدعم المزارعين\tالوزير", "02\tبلا متكلم")))
        .isInstanceOfSatisfying(QuoteGold.MalformedLine.class, e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void a_quote_counts_with_its_speaker_and_an_opening_that_or_mark_aside() {
    QuoteGold gold = QuoteGold.parse(List.of("01\tالجيران دائمون ولا يمكن\tظريف", "01\tالحوار ضروري في كل\tظريف",
        "02\tالوضع مستقر\tanonymous"));
    Mention zarif = new Mention("01", 0, 0, 9, "جواد ظريف", EntityType.PERSON, null);
    Entity e = new Entity("e1", EntityType.PERSON, "جواد ظريف", List.of("جواد ظريف"), List.of(), List.of(zarif));
    Extraction x = new Extraction(List.of(e), List.of(
        new Quote("01", 0, "e1", "ظريف", false, true, "«إن الجيران دائمون ولا يمكن تغيير الجغرافيا»"),
        new Quote("01", 1, null, "الوكالة", false, false, "الحوار ضروري في كل وقت"),
        new Quote("02", 0, null, "مصدر أمني", true, false, "الوضع مستقر تماما")));
    QuoteGold.Score score = gold.score(x);
    assertThat(score.right()).isEqualTo(2);
    assertThat(score.wrong()).contains("الحوار ضروري").contains("الوكالة");
  }

  @Test
  void a_full_stop_closing_the_annotated_words_and_a_that_with_a_pronoun_inside_the_marks_are_aside() {
    QuoteGold gold = QuoteGold.parse(List.of("01	الوضع الصحي تحت السيطرة.	anonymous",
        "01	الموقف الذي عبرت عنه وزارة	anonymous", "01	الموقف لم يتغير.	anonymous"));
    Extraction x = new Extraction(List.of(), List.of(
        new Quote("01", 0, null, "مصدر", true, false, "الوضع الصحي تحت السيطرة"),
        new Quote("01", 1, null, "مصدر", true, true, "“إنه الموقف الذي عبرت عنه وزارة الخارجية”"),
        new Quote("01", 2, null, "مصدر", true, false, "الموقف تغير كثيرا")));
    QuoteGold.Score score = gold.score(x);
    assertThat(score.right()).isEqualTo(2);
    assertThat(score.wrong()).contains("الموقف لم يتغير");
  }
}
