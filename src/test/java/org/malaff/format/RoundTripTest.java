package org.malaff.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.model.Article;
import org.malaff.model.Block;
import org.malaff.model.Byline;
import org.malaff.model.Dossier;

class RoundTripTest {
  @Test
  void reading_what_was_written_gives_back_the_sample() {
    Dossier once = DossierReader.read(Samples.moscow());
    Dossier twice = DossierReader.read(DossierWriter.write(once));
    assertThat(twice.content()).isEqualTo(once.content());
    assertThat(twice.problems()).isEmpty();
  }

  @Test
  void writing_is_stable_after_one_round() {
    String first = DossierWriter.write(DossierReader.read(Samples.moscow()));
    String second = DossierWriter.write(DossierReader.read(first));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void keeps_fields_that_no_list_knows() {
    Byline byline = new Byline("نشرة المستقبل الأسبوعية", "شؤون المهجر", "Admin Two", "قرية بعيدة",
        "وكالة محلية صغيرة", LocalDate.of(2020, 2, 29), LocalTime.of(7, 5), "XQ9");
    Article a = new Article("1", 1, "عنوان تجريبي", byline,
        List.of(Block.subheading("عنوان فرعي"), Block.paragraph("نص الفقرة الأولى وهو أطول من العنوان الفرعي.")), 0);
    Dossier d = new Dossier(List.of("الرئيسة"), "ملف تجريبي", LocalDate.of(2020, 3, 1), "محرر الملفات",
        List.of("عنوان تجريبي"), List.of(a), List.of());
    assertThat(DossierReader.read(DossierWriter.write(d)).content()).isEqualTo(d.content());
  }
}
