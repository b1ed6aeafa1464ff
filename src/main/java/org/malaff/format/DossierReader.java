package org.malaff.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.malaff.model.Article;
import org.malaff.model.Block;
import org.malaff.model.Dossier;
import org.malaff.model.Problem;
import org.malaff.model.Problem.Kind;
import org.malaff.read.BylineReader;
import org.malaff.read.BylineReading;
import org.malaff.read.Gazetteer;
import org.malaff.text.MatchKey;

/**
 * Reads a dossier in the text format of {@code docs/dossier-format.md} into a {@link Dossier}.
 *
 * <p>Bad input never throws: a missing header field, a missing or disagreeing headline list, an
 * article without metadata or body, stray control characters are all recorded as {@link
 * Problem}s (at most {@value #MAX_PROBLEMS}, then one {@code too-many-problems}) and reading goes
 * on.
 */
public final class DossierReader {
  static final int MAX_PROBLEMS = 200;

  private static final class Default {
    static final DossierReader INSTANCE = new DossierReader(Gazetteer.bundled());
  }

  private final BylineReader bylines;

  public DossierReader(Gazetteer gazetteer) {
    this.bylines = new BylineReader(gazetteer);
  }

  /** Reads {@code text} with the bundled gazetteer. */
  public static Dossier read(String text) {
    return Default.INSTANCE.readText(text);
  }

  /** Reads {@code text}. */
  public Dossier readText(String text) {
    SourceLines lines = SourceLines.of(text);
    ProblemList problems = new ProblemList();
    if (lines.controlCharacters() > 0) {
      problems.add(new Problem(Kind.BAD_CHARACTERS, null, 0,
          lines.controlCharacters() + " control or replacement characters were removed"));
    }
    int tocHeading = TocReader.findHeading(lines);
    DossierHeader header;
    TocReader.Toc toc;
    if (tocHeading >= 0) {
      header = HeaderReader.read(lines, tocHeading, true);
      toc = TocReader.read(lines, tocHeading);
    } else {
      header = HeaderReader.read(lines, Math.min(lines.size(), TocReader.SEARCH_LINES), false);
      toc = new TocReader.Toc(List.of(), List.of(), List.of(), -1, header.end());
      problems.add(new Problem(Kind.TOC_MISSING, null, 0, "the dossier has no headline list (عناوين الملف)"));
    }
    checkHeader(header, problems);
    List<Article> articles = readArticles(lines, toc.end(), header.date(), problems);
    if (tocHeading >= 0) {
      checkToc(toc, articles, problems);
    }
    return new Dossier(header.breadcrumb(), header.title(), header.date(), header.editor(),
        toc.entries(), articles, problems.list());
  }

  private static void checkHeader(DossierHeader header, ProblemList problems) {
    if (header.title() == null) {
      problems.add(new Problem(Kind.HEADER, null, 0, "the dossier has no title"));
    }
    if (header.date() == null) {
      problems.add(new Problem(Kind.HEADER, null, 0, "the dossier has no date line"));
    }
  }

  private List<Article> readArticles(SourceLines lines, int from, LocalDate date, ProblemList problems) {
    List<Article> articles = new ArrayList<>();
    int start = from;
    for (int i = from; i <= lines.size(); i++) {
      if (i == lines.size() || SourceLines.isSeparator(lines.get(i))) {
        Article a = readArticle(lines, start, i, articles.size() + 1, date, problems);
        if (a != null) {
          articles.add(a);
        }
        start = i + 1;
      }
    }
    return articles;
  }

  private Article readArticle(SourceLines lines, int from, int to, int n, LocalDate date, ProblemList problems) {
    int h = from;
    while (h < to && lines.get(h).isEmpty()) {
      h++;
    }
    if (h >= to) {
      return null;
    }
    String id = String.valueOf(n);
    List<String> rest = lines.subList(h + 1, to);
    BylineReading reading = bylines.read(rest, h + 2, id, date);
    reading.problems().forEach(problems::add);
    List<Block> body = BodyReader.read(rest.subList(reading.bodyStart(), reading.bodyEnd()));
    if (body.isEmpty()) {
      problems.add(new Problem(Kind.EMPTY_ARTICLE, id, h + 1, "article " + id + " has a headline but no text"));
    }
    if (reading.byline().isEmpty()) {
      problems.add(new Problem(Kind.NO_METADATA, id, h + 1,
          "article " + id + " names no outlet, author, place, agency or date"));
    }
    return new Article(id, n, lines.get(h), reading.byline(), body, h + 1);
  }

  private static void checkToc(TocReader.Toc toc, List<Article> articles, ProblemList problems) {
    int line = toc.headingLine() + 1;
    if (toc.entries().isEmpty()) {
      problems.add(new Problem(Kind.TOC_MISMATCH, null, line, "the headline list is empty"));
      return;
    }
    if (toc.entries().size() != articles.size()) {
      problems.add(new Problem(Kind.TOC_MISMATCH, null, line, "the headline list has "
          + toc.entries().size() + " entries but the dossier has " + articles.size() + " articles"));
    }
    for (int k = 0; k < toc.numbers().size(); k++) {
      if (toc.numbers().get(k) != k + 1) {
        problems.add(new Problem(Kind.TOC_MISMATCH, null, toc.lines().get(k),
            "headline list entry " + (k + 1) + " is numbered " + toc.numbers().get(k)));
        break;
      }
    }
    Map<String, Integer> unmatched = new HashMap<>();
    for (String entry : toc.entries()) {
      unmatched.merge(MatchKey.of(entry), 1, Integer::sum);
    }
    for (int k = 0; k < articles.size(); k++) {
      Article a = articles.get(k);
      String key = MatchKey.of(a.headline());
      Integer left = unmatched.get(key);
      if (left == null || left == 0) {
        problems.add(new Problem(Kind.TOC_MISMATCH, a.id(), a.line(),
            "the headline of article " + a.id() + " is not in the headline list"));
      } else {
        unmatched.put(key, left - 1);
        if (toc.entries().size() == articles.size() && !MatchKey.of(toc.entries().get(k)).equals(key)) {
          problems.add(new Problem(Kind.TOC_MISMATCH, a.id(), a.line(),
              "article " + a.id() + " is not where the headline list puts it"));
        }
      }
    }
    for (int k = 0; k < toc.entries().size(); k++) {
      String key = MatchKey.of(toc.entries().get(k));
      Integer left = unmatched.get(key);
      if (left != null && left > 0) {
        unmatched.put(key, left - 1);
        problems.add(new Problem(Kind.TOC_MISMATCH, null, toc.lines().get(k),
            "headline list entry " + (k + 1) + " has no article"));
      }
    }
  }

  /** Problems in order, capped. */
  private static final class ProblemList {
    private final List<Problem> list = new ArrayList<>();
    private int dropped;

    void add(Problem p) {
      if (list.size() < MAX_PROBLEMS) {
        list.add(p);
      } else {
        dropped++;
      }
    }

    List<Problem> list() {
      if (dropped == 0) {
        return list;
      }
      List<Problem> out = new ArrayList<>(list);
      out.add(new Problem(Kind.TOO_MANY_PROBLEMS, null, 0, dropped + " more problems were not kept"));
      return out;
    }
  }
}
