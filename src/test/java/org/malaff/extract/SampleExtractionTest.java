package org.malaff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.malaff.format.DossierReader;
import org.malaff.format.Samples;
import org.malaff.model.Article;
import org.malaff.model.Dossier;
import org.malaff.model.Entity;
import org.malaff.model.EntityType;
import org.malaff.read.Gazetteer;

/** Entities and quotes of the sample dossier, against the issue's sets and a hand annotation. */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class SampleExtractionTest {
  private Extraction extraction;

  /** The extractor under test: the rules alone here. */
  EntityExtractor extractor() {
    return new EntityExtractor(Gazetteer.bundled());
  }

  @BeforeAll
  void extract() {
    Dossier d = DossierReader.read(Samples.moscow());
    extraction = extractor().extract(d.articles().stream().map(Article::id).toList(),
        d.articles().stream().map(Article::paragraphs).toList());
  }

  private Entity holding(String variant) {
    return extraction.entities().stream().filter(e -> e.variants().contains(variant)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity has the spelling " + variant));
  }

  private void assertOne(String... variants) {
    for (String v : variants) {
      assertThat(holding(v).id()).as(v + " with " + variants[0]).isEqualTo(holding(variants[0]).id());
    }
  }

  @Test
  void merges_every_variant_set_of_the_issue() {
    assertOne("سيرغي لافروف", "سيرجي لافروف", "لافروف");
    assertOne("ميخائيل بوغدانوف", "ميخائيل بوجدانوف", "بغدانوف");
    assertOne("حسين أمير عبد اللهيان", "حسين أميرعبد اللهيان", "عبد اللهيان");
    assertOne("أحمد الجربا", "أحمد جربا", "الجربا");
    assertOne("سوريا", "سورية");
  }

  @Test
  void keeps_people_who_share_part_of_a_name_apart() {
    assertThat(holding("بشار الأسد").id()).isNotEqualTo(holding("رفعت الأسد").id());
    assertThat(holding("بشار الأسد").id()).isNotEqualTo(holding("ماهر الأسد").id());
    assertThat(holding("فلاديمير بوتين").id()).isNotEqualTo(holding("فلاديمير ماكي").id());
    assertThat(holding("سيرغي لافروف").id()).isNotEqualTo(holding("سيرغي ريابكوف").id());
  }

  @Test
  void keeps_roles_beside_names() {
    assertThat(holding("ميخائيل بوغدانوف").roles()).isNotEmpty();
    assertThat(holding("فلاديمير بوتين").roles()).contains("الرئيس الروسي");
    assertThat(holding("فلاديمير بوتين").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void gives_the_annotated_quotes_of_the_whole_sample_their_speaker() {
    QuoteGold gold = QuoteGold.resource(getClass(), "moscow-quotes.tsv").and(QuoteGold.resource(getClass(), "moscow-quotes-rest.tsv"));
    QuoteGold.Score score = gold.score(extraction);
    System.out.println(score.line("the sample, " + getClass().getSimpleName()));
    System.out.println(score.wrong());
    assertThat(score.total()).isGreaterThan(180);
    assertThat(score.share()).as("wrong:\n" + score.wrong()).isGreaterThanOrEqualTo(0.9);
  }
}
