package org.malaff.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.malaff.format.DossierReader;
import org.malaff.format.Samples;
import org.malaff.model.Article;
import org.malaff.model.Dossier;
import org.malaff.model.StatementLink;

/** The same statements quoted across the sample's outlets. */
class SampleStatementsTest {
  private static List<StatementLink> links;

  @BeforeAll
  static void find() {
    Dossier d = DossierReader.read(Samples.moscow());
    List<String> ids = d.articles().stream().map(Article::id).toList();
    List<List<String>> paragraphs = d.articles().stream().map(Article::paragraphs).toList();
    links = new StatementMatcher().find(ids, paragraphs, Set.of("16\t18", "19\t14"));
  }

  private static boolean linked(String x, String y) {
    return links.stream().anyMatch(l -> (l.a().equals(x) && l.b().equals(y)) || (l.a().equals(y) && l.b().equals(x)));
  }

  @Test
  void finds_mekdads_national_alliance_against_terrorism_in_three_outlets() {
    assertThat(linked("5", "11")).isTrue();
    assertThat(linked("5", "15")).isTrue();
    assertThat(linked("11", "15")).isTrue();
  }

  @Test
  void finds_lavrovs_welcome_of_a_unified_delegation_in_four_translations() {
    assertThat(linked("3", "11")).isTrue();
    assertThat(linked("4", "8")).isTrue();
    assertThat(linked("4", "11")).isTrue();
  }

  @Test
  void links_the_same_quote_in_wire_copies() {
    assertThat(links).anySatisfy(l -> {
      assertThat(l.a()).isEqualTo("10");
      assertThat(l.b()).isEqualTo("11");
      assertThat(l.aText()).startsWith("حين توضع المطالب جميعها على الطاولة");
      assertThat(l.score()).isEqualTo(1.0);
    });
  }

  @Test
  void does_not_link_quotes_that_share_only_a_few_words() {
    assertThat(linked("1", "2")).isFalse();
    assertThat(linked("9", "20")).isFalse();
    assertThat(linked("13", "17")).isFalse();
  }

  @Test
  void skips_pairs_that_are_copies_anyway() {
    assertThat(linked("16", "18")).isFalse();
  }
}
