package org.malaff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.model.Entity;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.read.Gazetteer;

/** The variant sets and must-stay-apart pairs of the sample, and more from the press. */
class NameClustererTest {
  private final NameClusterer clusterer = new NameClusterer(Gazetteer.bundled());

  private static List<Mention> people(String article, String... names) {
    List<Mention> out = new ArrayList<>();
    for (String n : names) {
      out.add(new Mention(article, 0, 0, n.length(), n, EntityType.PERSON, null));
    }
    return out;
  }

  private static Entity holding(List<Entity> entities, String variant) {
    return entities.stream().filter(e -> e.variants().contains(variant)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity has " + variant));
  }

  private void assertOne(List<Entity> entities, String... variants) {
    Entity first = holding(entities, variants[0]);
    for (String v : variants) {
      assertThat(holding(entities, v).id()).as(v + " with " + variants[0]).isEqualTo(first.id());
    }
  }

  private void assertApart(List<Entity> entities, String a, String b) {
    assertThat(holding(entities, a).id()).as(a + " apart from " + b).isNotEqualTo(holding(entities, b).id());
  }

  @Test
  void merges_the_spellings_of_the_sample_and_keeps_namesakes_apart() {
    List<Mention> m = new ArrayList<>();
    m.addAll(people("3", "سيرغي لافروف", "لافروف", "بشار الأسد", "فيصل المقداد"));
    m.addAll(people("4", "سيرجي لافروف", "لافروف", "ميخائيل بوجدانوف", "حسين امير عبد اللهيان", "عبد اللهيان"));
    m.addAll(people("5", "سيرغي لافروف", "ميخائيل بوغدانوف", "حسين أمير عبد اللهيان", "سيرغي ريابكوف",
        "فلاديمير ماكي"));
    m.addAll(people("6", "حسين أميرعبداللهيان", "أحمد الجربا", "بشار الأسد", "الأسد"));
    m.addAll(people("12", "أحمد جربا", "أمير عبد اللهيان", "بشار الأسد"));
    m.addAll(people("1", "بغدانوف", "لافروف"));
    m.addAll(people("14", "أحمد الجربا", "الجربا", "فلاديمير بوتين", "بوتين", "حسين أميرعبد اللهيان"));
    m.addAll(people("20", "رفعت الأسد", "بشار الأسد", "قدري جميل"));
    m.addAll(people("9", "ماهر الأسد", "فاروق الشرع"));
    List<Entity> e = clusterer.cluster(m);
    assertOne(e, "سيرغي لافروف", "سيرجي لافروف", "لافروف");
    assertOne(e, "ميخائيل بوغدانوف", "ميخائيل بوجدانوف", "بغدانوف");
    assertOne(e, "حسين أمير عبد اللهيان", "حسين امير عبد اللهيان", "أمير عبد اللهيان", "حسين أميرعبد اللهيان",
        "عبد اللهيان");
    assertOne(e, "أحمد الجربا", "أحمد جربا", "الجربا");
    assertApart(e, "بشار الأسد", "رفعت الأسد");
    assertApart(e, "بشار الأسد", "ماهر الأسد");
    assertApart(e, "رفعت الأسد", "ماهر الأسد");
    assertApart(e, "فلاديمير بوتين", "فلاديمير ماكي");
    assertApart(e, "سيرغي لافروف", "سيرغي ريابكوف");
    assertThat(holding(e, "لافروف").name()).isIn("سيرغي لافروف", "سيرجي لافروف");
  }

  @Test
  void resolves_a_one_word_name_to_the_full_name_in_its_article() {
    List<Mention> m = new ArrayList<>(people("20", "رفعت الأسد", "الأسد"));
    m.addAll(people("3", "بشار الأسد"));
    List<Entity> e = clusterer.cluster(m);
    assertThat(e).hasSize(2);
    assertOne(e, "رفعت الأسد", "الأسد");
  }

  @Test
  void merges_place_spellings() {
    List<Mention> m = List.of(
        new Mention("1", 0, 0, 5, "سوريا", EntityType.PLACE, null),
        new Mention("2", 0, 0, 5, "سورية", EntityType.PLACE, null),
        new Mention("2", 0, 0, 5, "موسكو", EntityType.PLACE, null));
    List<Entity> e = clusterer.cluster(m);
    assertThat(e).hasSize(2);
    assertOne(e, "سوريا", "سورية");
  }

  @Test
  void keeps_roles_written_beside_a_name() {
    List<Mention> m = List.of(
        new Mention("1", 0, 0, 5, "ميخائيل بوغدانوف", EntityType.PERSON, "نائب وزير الخارجية الروسي"),
        new Mention("2", 0, 0, 5, "بوغدانوف", EntityType.PERSON, null));
    Entity only = clusterer.cluster(m).get(0);
    assertThat(only.roles()).containsExactly("نائب وزير الخارجية الروسي");
    assertThat(only.mentions()).hasSize(2);
  }
}
