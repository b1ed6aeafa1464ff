package org.malaff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.malaff.format.DossierReader;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.NewsItem;
import org.malaff.ingest.NewsJsonReader;
import org.malaff.ingest.TextFileReader;
import org.malaff.model.Article;
import org.malaff.model.Dossier;
import org.malaff.model.Problem;
import org.malaff.read.Gazetteer;
import org.malaff.read.NewsItemReader;

/**
 * Gathers the articles of the paths given to a command: dossier text files, article text files,
 * news JSON arrays and zips of them, and folders of these (walked in name order). A path named on
 * the command line that cannot be read stops the command; a file inside a folder that cannot be
 * read is recorded as a problem and skipped.
 */
final class ArticleCollector {
  private final List<Article> articles = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final NewsItemReader items = new NewsItemReader(Gazetteer.bundled());
  private final boolean keepDossierNumbers;

  private ArticleCollector(boolean keepDossierNumbers) {
    this.keepDossierNumbers = keepDossierNumbers;
  }

  /** Collects everything under {@code paths}. */
  static ArticleCollector collect(List<Path> paths) throws BadInputException {
    boolean single = paths.size() == 1 && Files.isRegularFile(paths.get(0));
    ArticleCollector c = new ArticleCollector(single);
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        c.addFolder(p);
      } else {
        c.addFile(p);
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

  private void addFolder(Path folder) throws BadInputException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(Files::isRegularFile).filter(ArticleCollector::isReadable).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException(folder, "cannot be listed: " + e.getMessage());
    }
    for (Path f : files) {
      try {
        addFile(f);
      } catch (BadInputException e) {
        problems.add(new Problem(Problem.Kind.UNREADABLE, null, e.line(), e.getMessage()));
      }
    }
  }

  private static boolean isReadable(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".zip") || n.endsWith(".html") || n.endsWith(".htm");
  }

  private void addFile(Path file) throws BadInputException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json") || name.endsWith(".zip")) {
      if (!Files.exists(file)) {
        throw new BadInputException(file, "no such file");
      }
      for (NewsItem item : NewsJsonReader.read(file)) {
        articles.add(items.read(item, 0));
      }
      return;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      throw new BadInputException(file, "HTML pages are not read yet (see issue 7); save the article as text");
    }
    String text = new TextFileReader().read(file).text();
    Dossier d = DossierReader.read(text);
    boolean isDossier = !d.toc().isEmpty() || d.articles().size() > 1;
    for (Article a : d.articles()) {
      String id = isDossier && keepDossierNumbers ? a.id() : file.getFileName() + "#" + a.n();
      articles.add(new Article(id, isDossier ? a.n() : 0, a.headline(), a.byline(), a.body(), a.line()));
    }
    if (isDossier) {
      problems.addAll(d.problems());
    }
  }
}
