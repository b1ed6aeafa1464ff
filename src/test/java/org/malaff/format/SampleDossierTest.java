package org.malaff.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.malaff.model.Article;
import org.malaff.model.Byline;
import org.malaff.model.Dossier;

/** The real sample dossier against a hand annotation of it (test resource moscow-annotation.tsv). */
class SampleDossierTest {
  private static Dossier dossier;

  @BeforeAll
  static void read() {
    dossier = DossierReader.read(Samples.moscow());
  }

  @Test
  void reads_the_header() {
    assertThat(dossier.breadcrumb()).containsExactly("الرئيسة", "ملفات المركز");
    assertThat(dossier.title())
        .isEqualTo("وفدين ايراني وسوري في موسكو وقبول الائتلاف باجتماع للمعارضة السورية في موسكو 20-11-2013");
    assertThat(dossier.date()).isEqualTo(LocalDate.of(2013, 11, 21));
    assertThat(dossier.editor()).isEqualTo("Admin");
  }

  @Test
  void reads_twenty_listed_headlines_and_twenty_articles() {
    assertThat(dossier.toc()).hasSize(20);
    assertThat(dossier.articles()).hasSize(20);
    assertThat(dossier.toc().get(9)).isEqualTo("تحركات روسية إيرانية مكثفة لعقد «جنيف2»");
    for (int i = 0; i < 20; i++) {
      assertThat(dossier.articles().get(i).n()).isEqualTo(i + 1);
      assertThat(dossier.articles().get(i).id()).isEqualTo(String.valueOf(i + 1));
    }
  }

  @Test
  void finds_no_problem_in_the_sample() {
    assertThat(dossier.problems()).isEmpty();
  }

  record Expected(int n, String source, String section, String author, String place, String agency,
      LocalDate date, String time, String code, int subheadings) {}

  static Stream<Expected> annotation() throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(SampleDossierTest.class.getResourceAsStream("moscow-annotation.tsv")),
        StandardCharsets.UTF_8))) {
      List<Expected> rows = r.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> {
        String[] c = l.split("\t", -1);
        return new Expected(Integer.parseInt(c[0]), blank(c[1]), blank(c[2]), blank(c[3]), blank(c[4]),
            blank(c[5]), c[6].isEmpty() ? null : LocalDate.parse(c[6]), blank(c[7]), blank(c[8]),
            Integer.parseInt(c[9]));
      }).toList();
      assertThat(rows).hasSize(20);
      return rows.stream();
    }
  }

  private static String blank(String s) {
    return s.isEmpty() ? null : s;
  }

  @ParameterizedTest(name = "article {0}")
  @MethodSource("annotation")
  void recovers_what_each_article_states(Expected e) {
    Article a = dossier.articles().get(e.n() - 1);
    Byline b = a.byline();
    assertThat(b.source()).as("outlet").isEqualTo(e.source());
    assertThat(b.section()).as("section").isEqualTo(e.section());
    assertThat(b.author()).as("author").isEqualTo(e.author());
    assertThat(b.place()).as("place").isEqualTo(e.place());
    assertThat(b.agency()).as("agency").isEqualTo(e.agency());
    assertThat(b.date()).as("date").isEqualTo(e.date());
    assertThat(b.time() == null ? null : b.time().toString()).as("time").isEqualTo(e.time());
    assertThat(b.code()).as("code").isEqualTo(e.code());
    assertThat(a.subheadings()).as("subheadings").hasSize(e.subheadings());
  }

  @Test
  void keeps_metadata_lines_out_of_the_paragraphs() {
    Article first = dossier.articles().get(0);
    assertThat(first.paragraphs().get(0)).startsWith("يعيد الروس توجيه الدعوة");
    assertThat(first.paragraphs().get(first.paragraphs().size() - 1)).startsWith("والرسالة الثانية");
    Article twelve = dossier.articles().get(11);
    assertThat(twelve.paragraphs()).noneMatch(p -> p.contains("AZP02"));
    Article seven = dossier.articles().get(6);
    assertThat(seven.paragraphs().get(seven.paragraphs().size() - 1)).doesNotContain("سيريانيوز");
  }

  @Test
  void strips_quoting_marks_so_the_two_copies_of_one_article_read_the_same() {
    Article sixteen = dossier.articles().get(15);
    Article eighteen = dossier.articles().get(17);
    assertThat(sixteen.paragraphs()).noneMatch(p -> p.startsWith(">"));
    assertThat(sixteen.body()).isEqualTo(eighteen.body());
    assertThat(sixteen.byline()).isEqualTo(eighteen.byline());
  }

  @Test
  void reads_subheadings_in_their_place_between_paragraphs() {
    Article fourteen = dossier.articles().get(13);
    assertThat(fourteen.subheadings()).containsExactly("دعوة روسية", "مشاركة في جنيف-2");
    assertThat(fourteen.body().get(2).isSubheading()).isTrue();
    assertThat(dossier.articles().get(9).subheadings()).contains("إشادة ولكن!");
  }

  @Test
  void keeps_the_verse_in_the_opinion_piece_as_running_text() {
    assertThat(dossier.articles().get(0).paragraphs())
        .contains("ومن نكد الدنيا على الحر أن يرى ...عدوا له ما من صداقته بد");
  }
}
