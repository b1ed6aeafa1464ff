package org.malaff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.malaff.model.Entity;
import org.malaff.model.Quote;
import org.malaff.read.Gazetteer;

/** How a speaker named by a role is resolved to a person, by the rules alone. */
class EntityExtractorTest {
  private static final List<String> ARTICLE = List.of(
      "التقى وزير الخارجية الروسي سيرغي لافروف ونائب وزير الخارجية الروسي ميخائيل بوغدانوف رئيس الائتلاف الوطني "
          + "السوري أحمد الجربا في موسكو.",
      "وقال الوزير الروسي إن موسكو مستعدة لاستضافة اللقاء المقبل.",
      "إلا أن رئيس الائتلاف قال إنه لم يتمكن من إلغاء ارتباطات سابقة.",
      "وقال الائتلاف في بيان إن المعارضة لن تشارك في المؤتمر.");

  private static String speakerOf(Extraction x, String start) {
    Map<String, Entity> byId = x.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    Quote q = x.quotes().stream().filter(s -> s.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starts with " + start + ": " + x.quotes()));
    return q.speaker() == null ? null : byId.get(q.speaker()).name();
  }

  @Test
  void a_role_is_the_person_whose_role_fits_it_closest() {
    Extraction x = new EntityExtractor(Gazetteer.bundled()).extract(List.of("a"), List.of(ARTICLE));
    assertThat(speakerOf(x, "موسكو مستعدة")).isEqualTo("سيرغي لافروف"); // not his deputy
    assertThat(speakerOf(x, "لم يتمكن")).isEqualTo("أحمد الجربا"); // "رئيس الائتلاف" for "رئيس الائتلاف الوطني السوري"
  }

  @Test
  void a_body_that_speaks_is_no_person() {
    Extraction x = new EntityExtractor(Gazetteer.bundled()).extract(List.of("a"), List.of(ARTICLE));
    assertThat(speakerOf(x, "المعارضة لن تشارك")).isNull();
  }
}
