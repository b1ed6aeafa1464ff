package org.malaff.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.read.Gazetteer;

/** The bundled model (trained on ANERcorp's training part) on sentences it has not seen. */
class ModelNameFinderTest {
  private static ModelNameFinder finder;

  @BeforeAll
  static void load() {
    finder = ModelNameFinder.bundled(Gazetteer.bundled());
  }

  @Test
  void finds_a_minister_and_a_capital_with_their_offsets() {
    String text = "وقال وزير الخارجية الروسي سيرغي لافروف في موسكو أمس إن الحوار هو السبيل الوحيد.";
    List<Mention> found = finder.find("a1", List.of(text));
    assertThat(found).anySatisfy(m -> {
      assertThat(m.type()).isEqualTo(EntityType.PERSON);
      assertThat(m.text()).isEqualTo("سيرغي لافروف");
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    });
    assertThat(found).anySatisfy(m -> {
      assertThat(m.type()).isEqualTo(EntityType.PLACE);
      assertThat(m.text()).isEqualTo("موسكو");
    });
  }

  @Test
  void a_name_after_a_conjunction_starts_after_it() {
    String text = "التقى الرئيس الأمريكي باراك أوباما وفلاديمير بوتين في باريس.";
    List<Mention> people = finder.find("a2", List.of(text)).stream().filter(m -> m.type() == EntityType.PERSON).toList();
    assertThat(people).extracting(Mention::text).contains("باراك أوباما");
    assertThat(people).extracting(Mention::text).noneMatch(t -> t.startsWith("وفلاديمير"));
  }

  @Test
  void a_name_right_after_a_verb_of_speech_keeps_its_first_letter() {
    for (String name : List.of("وهبي", "كوبر", "بولنت")) {
      String text = "وقال " + name + " مدرب المنتخب إن الفريق حاول أن يحقق الفوز.";
      assertThat(finder.find("a4", List.of(text))).as(text)
          .anySatisfy(m -> assertThat(m.text()).isEqualTo(name));
    }
  }

  @Test
  void text_without_names_gives_none() {
    assertThat(finder.find("a3", List.of("ارتفعت درجات الحرارة اليوم وانخفضت الرطوبة."))).isEmpty();
  }
}
