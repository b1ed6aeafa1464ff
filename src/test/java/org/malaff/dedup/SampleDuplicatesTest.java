package org.malaff.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.malaff.format.DossierReader;
import org.malaff.format.Samples;
import org.malaff.model.Article;
import org.malaff.model.Dossier;
import org.malaff.model.DuplicateLink;
import org.malaff.model.DuplicateLink.Kind;

/** The duplicates an editor sees in the sample dossier, and the ones that are not there. */
class SampleDuplicatesTest {
  private static List<DuplicateLink> links;

  @BeforeAll
  static void find() {
    Dossier d = DossierReader.read(Samples.moscow());
    Fingerprinter fp = new Fingerprinter(DedupSettings.DEFAULT);
    List<Fingerprint> docs = d.articles().stream().map(a -> fp.of(a.id(), a.paragraphs())).toList();
    links = new DuplicateFinder(DedupSettings.DEFAULT).find(docs);
  }

  private static Optional<DuplicateLink> between(String x, String y) {
    return links.stream().filter(l -> (l.a().equals(x) && l.b().equals(y)) || (l.a().equals(y) && l.b().equals(x)))
        .findFirst();
  }

  @Test
  void links_the_two_copies_of_one_article_as_exact() {
    assertThat(between("16", "18")).hasValueSatisfying(l -> assertThat(l.kind()).isEqualTo(Kind.EXACT));
  }

  @Test
  void finds_article_19_inside_article_14() {
    assertThat(between("19", "14")).hasValueSatisfying(l -> {
      assertThat(l.kind()).isIn(Kind.NEAR, Kind.CONTAINED);
      if (l.kind() == Kind.CONTAINED) {
        assertThat(l.a()).isEqualTo("19");
      }
    });
  }

  @Test
  void finds_at_least_three_partial_overlaps_with_their_paragraphs() {
    List<String[]> expected = List.of(new String[] {"8", "11"}, new String[] {"6", "14"}, new String[] {"10", "19"},
        new String[] {"2", "11"}, new String[] {"10", "11"});
    long found = expected.stream().map(p -> between(p[0], p[1]))
        .filter(l -> l.isPresent() && l.get().kind() == Kind.OVERLAP && !l.get().sharedParagraphs().isEmpty())
        .count();
    assertThat(found).isGreaterThanOrEqualTo(3);
  }

  @Test
  void does_not_link_articles_that_share_only_common_phrases() {
    assertThat(between("1", "2")).isEmpty();
    assertThat(between("3", "4")).isEmpty();
    assertThat(between("9", "20")).isEmpty();
  }
}
