package org.malaff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaff.ingest.BadInputException;
import org.malaff.model.Entity;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.model.Quote;

class QuoteGoldTest {
  @TempDir Path dir;

  @Test
  void a_line_without_three_fields_names_the_file_and_line() throws Exception {
    Path f = dir.resolve("quotes.tsv");
    Files.writeString(f, "# comment\n01\tالحكومة ستدعم المزارعين\tالوزير\n02\tبلا متكلم\n");
    assertThatThrownBy(() -> QuoteGold.read(f)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("quotes.tsv").hasMessageContaining("3");
  }

  @Test
  void a_quote_counts_with_its_speaker_and_an_opening_that_or_mark_aside() throws Exception {
    Path f = dir.resolve("quotes.tsv");
    Files.writeString(f, "01\tالجيران دائمون ولا يمكن\tظريف\n01\tالحوار ضروري في كل\tظريف\n02\tالوضع مستقر\tanonymous\n");
    QuoteGold gold = QuoteGold.read(f);
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
}
