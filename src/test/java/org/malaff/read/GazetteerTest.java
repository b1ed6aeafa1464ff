package org.malaff.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.read.Gazetteer.Kind;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.bundled();

  @Test
  void lists_at_least_150_outlets_and_20_agencies() {
    assertThat(g.count(Kind.OUTLET)).isGreaterThanOrEqualTo(150);
    assertThat(g.count(Kind.AGENCY)).isGreaterThanOrEqualTo(20);
    assertThat(g.count(Kind.PLACE)).isGreaterThanOrEqualTo(300);
  }

  @Test
  void knows_the_outlets_of_the_sample_in_their_sample_spelling() {
    for (String outlet : List.of("الاخبار", "البوابة", "العالم", "المدى", "الاذاعة والتلفزيون", "سيريانيوز",
        "الصباح", "البيان", "الوطن السورية", "الزمان", "ايلاف", "أنباء موسكو", "عيون نيوز", "الوطن العربي",
        "الشرق الأوسط", "مركز الشرق العربي")) {
      assertThat(g.lookup(Kind.OUTLET, outlet)).as(outlet).isPresent();
    }
  }

  @Test
  void knows_the_saudinewsnet_outlets() {
    for (String outlet : List.of("عكاظ", "الرياض", "الجزيرة", "المدينة", "الوطن", "صحيفة اليوم", "اليوم السعودية", "الشرق الأوسط")) {
      assertThat(g.lookup(Kind.OUTLET, outlet)).as(outlet).isPresent();
    }
  }

  @Test
  void matches_any_spelling_of_an_agency() {
    String afp = g.lookup(Kind.AGENCY, "أ.ف.ب").orElseThrow().canonical();
    assertThat(g.lookup(Kind.AGENCY, "ا ف ب").orElseThrow().canonical()).isEqualTo(afp);
    assertThat(g.lookup(Kind.AGENCY, "فرانس برس").orElseThrow().canonical()).isEqualTo(afp);
    assertThat(g.lookup(Kind.AGENCY, "أ ش أ")).isPresent();
  }

  @Test
  void finds_an_outlet_after_a_generic_word() {
    assertThat(g.outletByKey("صحيفه الحياه")).isPresent();
  }

  @Test
  void knows_given_names_with_and_without_hamza() {
    assertThat(g.isGivenName("أحمد")).isTrue();
    assertThat(g.isGivenName("احمد")).isTrue();
    assertThat(g.isGivenName("موسكو")).isFalse();
  }

  @Test
  void tells_places_from_outlets() {
    assertThat(g.lookup(Kind.PLACE, "موسكو")).isPresent();
    assertThat(g.lookup(Kind.OUTLET, "موسكو")).isEmpty();
  }
}
