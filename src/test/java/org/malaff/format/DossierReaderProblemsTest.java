package org.malaff.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.model.Dossier;
import org.malaff.model.Problem;
import org.malaff.model.Problem.Kind;

/** What the reader records, and how it carries on, when a dossier is not as it should be. */
class DossierReaderProblemsTest {
  private static final String HEADER = "الرئيسة \\ ملفات المركز \\ ملف تجريبي\n\nملف تجريبي\n\n21.11.2013\nAdmin\n\n";
  private static final String ONE = "روسيا مرتاحة لقبول سوريا المشاركة\nالاخبار\nأعربت وزارة الخارجية الروسية أمس عن ارتياحها.\n";
  private static final String TWO = "محادثات روسية سورية إيرانية في موسكو\nالعالم\nتتواصل في العاصمة الروسية موسكو محادثات.\n";

  private static List<Kind> kinds(Dossier d) {
    return d.problems().stream().map(Problem::kind).toList();
  }

  @Test
  void reads_a_dossier_without_a_headline_list_and_says_so() {
    Dossier d = DossierReader.read(HEADER + ONE + "====================\n" + TWO);
    assertThat(d.title()).isEqualTo("ملف تجريبي");
    assertThat(d.editor()).isEqualTo("Admin");
    assertThat(d.articles()).extracting(a -> a.byline().source()).containsExactly("الاخبار", "العالم");
    assertThat(kinds(d)).containsExactly(Kind.TOC_MISSING);
  }

  @Test
  void reports_a_headline_list_longer_than_the_articles() {
    String toc = "عناوين الملف\n1.  روسيا مرتاحة لقبول سوريا المشاركة\n2.  محادثات روسية سورية إيرانية في موسكو\n3.  عنوان بلا مقال\n \n";
    Dossier d = DossierReader.read(HEADER + toc + ONE + "====================\n" + TWO);
    assertThat(d.articles()).hasSize(2);
    assertThat(d.problems()).extracting(Problem::kind).containsOnly(Kind.TOC_MISMATCH);
    assertThat(d.problems()).extracting(Problem::message)
        .anyMatch(m -> m.contains("3 entries") && m.contains("2 articles"))
        .anyMatch(m -> m.contains("entry 3 has no article"));
    assertThat(d.problems()).filteredOn(p -> p.message().contains("entry 3")).first()
        .extracting(Problem::line).isEqualTo(11);
  }

  @Test
  void reports_an_article_whose_headline_is_not_listed() {
    String toc = "عناوين الملف\n1.  روسيا مرتاحة لقبول سوريا المشاركة\n2.  عنوان آخر تماما\n\n";
    Dossier d = DossierReader.read(HEADER + toc + ONE + "====================\n" + TWO);
    assertThat(d.problems()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo(Kind.TOC_MISMATCH);
      assertThat(p.article()).isEqualTo("2");
      assertThat(p.line()).isEqualTo(16);
    });
  }

  @Test
  void reports_an_article_without_metadata_and_one_without_body() {
    String toc = "عناوين الملف\n1.  عنوان مقال بلا بيانات\n2.  عنوان وحده\n\n";
    Dossier d = DossierReader.read(HEADER + toc + "عنوان مقال بلا بيانات\nنص المقال يبدأ هنا مباشرة دون مصدر.\n"
        + "====================\nعنوان وحده\n");
    assertThat(d.problems()).extracting(Problem::kind, Problem::article)
        .contains(org.assertj.core.groups.Tuple.tuple(Kind.NO_METADATA, "1"),
            org.assertj.core.groups.Tuple.tuple(Kind.EMPTY_ARTICLE, "2"));
  }

  @Test
  void removes_control_characters_and_says_how_many() {
    Dossier d = DossierReader.read(HEADER + "عناوين الملف\n1.  روسيا مرتاحة لقبول سوريا المشاركة\n\n"
        + ONE.replace("أمس", "أ\u0007مس\u0000"));
    assertThat(d.articles().get(0).paragraphs().get(0)).contains("أمس");
    assertThat(d.problems()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo(Kind.BAD_CHARACTERS);
      assertThat(p.message()).startsWith("2 ");
    });
  }

  @Test
  void reports_a_missing_title_and_date() {
    Dossier d = DossierReader.read(ONE);
    assertThat(d.title()).isNull();
    assertThat(d.date()).isNull();
    assertThat(d.articles()).hasSize(1);
    assertThat(kinds(d)).contains(Kind.HEADER, Kind.TOC_MISSING);
  }

  @Test
  void caps_the_number_of_problems() {
    StringBuilder many = new StringBuilder(HEADER + "عناوين الملف\n1.  لا شيء\n\n");
    for (int i = 0; i < 500; i++) {
      many.append("عنوان رقم ").append(i).append("\n====================\n");
    }
    Dossier d = DossierReader.read(many.toString());
    assertThat(d.problems()).hasSize(DossierReader.MAX_PROBLEMS + 1);
    assertThat(d.problems().get(DossierReader.MAX_PROBLEMS).kind()).isEqualTo(Kind.TOO_MANY_PROBLEMS);
  }

  @Test
  void reads_empty_text() {
    Dossier d = DossierReader.read("");
    assertThat(d.articles()).isEmpty();
    assertThat(d.problems()).isNotEmpty();
  }

  @Test
  void reads_windows_line_ends_and_arabic_indic_numbers_in_the_list() {
    String text = (HEADER + "عناوين الملف\n١.  روسيا مرتاحة لقبول سوريا المشاركة\n\n" + ONE).replace("\n", "\r\n");
    Dossier d = DossierReader.read(text);
    assertThat(d.toc()).containsExactly("روسيا مرتاحة لقبول سوريا المشاركة");
    assertThat(d.problems()).isEmpty();
  }
}
