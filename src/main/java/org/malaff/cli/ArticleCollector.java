package org.malaff.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.malaff.archive.ImportSource;
import org.malaff.ingest.BadInputException;
import org.malaff.model.Article;
import org.malaff.model.Problem;

/**
 * Gathers the articles of the paths given to a command, as {@link ImportSources} reads them, into
 * one list: a path named on the command line that cannot be read stops the command; a file inside
 * a folder that cannot be read is recorded as a problem and skipped. Articles keep their dossier
 * numbers as ids when one dossier file is given, else they are "file#n"; news items keep their URLs.
 */
final class ArticleCollector {
  private final List<Article> articles = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private ArticleCollector() {}

  /** Collects everything under {@code paths}. */
  static ArticleCollector collect(List<Path> paths) throws BadInputException {
    boolean single = paths.size() == 1 && Files.isRegularFile(paths.get(0));
    ImportSources read = ImportSources.readStrictly(paths);
    ArticleCollector c = new ArticleCollector();
    c.problems.addAll(read.problems());
    for (ImportSource s : read.sources()) {
      Path file = Path.of(s.origin());
      if (ImportSources.isNews(file)) {
        c.articles.addAll(s.articles());
        continue;
      }
      boolean isDossier = s.dossier() != null;
      for (Article a : s.articles()) {
        String id = isDossier && single ? a.id() : file.getFileName() + "#" + a.n();
        c.articles.add(new Article(id, isDossier ? a.n() : 0, a.headline(), a.byline(), a.body(), a.line()));
      }
      if (isDossier) {
        c.problems.addAll(s.dossier().problems());
      }
    }
    return c;
  }

  List<Article> articles() {
    return articles;
  }

  List<Problem> problems() {
    return problems;
  }
}
