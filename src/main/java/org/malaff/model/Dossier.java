package org.malaff.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A press dossier: a titled, dated collection of articles with a numbered headline list.
 *
 * @param breadcrumb the site path above the title, without the title itself (الرئيسة، ملفات المركز)
 * @param title the dossier's title, or {@code null} when the input has none
 * @param date the publication date, or {@code null}
 * @param editor who published it, or {@code null}
 * @param toc the headline list ("عناوين الملف") as printed, without the numbers
 * @param articles the articles in order
 * @param problems what was wrong or doubtful in the input
 */
public record Dossier(
    List<String> breadcrumb,
    String title,
    LocalDate date,
    String editor,
    List<String> toc,
    List<Article> articles,
    List<Problem> problems) {

  public Dossier {
    breadcrumb = List.copyOf(breadcrumb);
    toc = List.copyOf(toc);
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  /** The same dossier without positions or problems: what two readings must agree on. */
  public Dossier content() {
    return new Dossier(
        breadcrumb,
        title,
        date,
        editor,
        toc,
        articles.stream().map(Article::withoutPosition).toList(),
        List.of());
  }
}
