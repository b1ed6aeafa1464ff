package org.malaff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.malaff.archive.ImportSource;
import org.malaff.format.DossierReader;
import org.malaff.ingest.ArticleExtractor;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.NewsItem;
import org.malaff.ingest.NewsJsonReader;
import org.malaff.ingest.PageDecoder;
import org.malaff.ingest.TextFileReader;
import org.malaff.ingest.WebArticle;
import org.malaff.model.Article;
import org.malaff.model.Dossier;
import org.malaff.model.Problem;
import org.malaff.read.Gazetteer;
import org.malaff.read.NewsItemReader;

/**
 * Reads the paths given to a command, file by file: dossier text files (a dossier with its articles
 * in order), article text files, saved web pages (.html, .htm: the article in them), news zips and
 * JSON (loose articles, their URLs as ids), and folders
 * of these walked in name order. A file that cannot be read is a problem, named with its line where
 * there is one, and the others are still read; when {@code strict}, a file named on the command line
 * that cannot be read stops the command instead.
 */
final class ImportSources {
  private final NewsItemReader items = new NewsItemReader(Gazetteer.bundled());
  private final List<ImportSource> sources = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Consumer<String> messages;

  private ImportSources(Consumer<String> messages) {
    this.messages = messages;
  }

  /** The sources under {@code paths}, in order; {@code messages} hears what could not be read. */
  static ImportSources read(List<Path> paths, Consumer<String> messages) {
    ImportSources s = new ImportSources(messages);
    for (Path p : paths) {
      try {
        s.add(p, false);
      } catch (BadInputException e) {
        throw new IllegalStateException(e); // not strict: recorded, never thrown
      }
    }
    return s;
  }

  /** As {@link #read}, but a file named in {@code paths} that cannot be read is thrown. */
  static ImportSources readStrictly(List<Path> paths) throws BadInputException {
    ImportSources s = new ImportSources(m -> { });
    for (Path p : paths) {
      s.add(p, true);
    }
    return s;
  }

  List<ImportSource> sources() {
    return sources;
  }

  List<Problem> problems() {
    return problems;
  }

  private void add(Path path, boolean strict) throws BadInputException {
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(path)) {
        files = s.filter(Files::isRegularFile).filter(ImportSources::isReadable).sorted().toList();
      } catch (IOException e) {
        throw new BadInputException(path, "cannot be listed: " + e.getMessage());
      }
      for (Path f : files) {
        addFile(f, false);
      }
    } else {
      addFile(path, strict);
    }
  }

  private static boolean isReadable(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".zip") || n.endsWith(".html") || n.endsWith(".htm");
  }

  static boolean isNews(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".zip");
  }

  private void addFile(Path file, boolean strict) throws BadInputException {
    try {
      sources.add(source(file));
    } catch (BadInputException e) {
      if (strict) {
        throw e;
      }
      problems.add(new Problem(Problem.Kind.UNREADABLE, null, e.line(), e.getMessage()));
      messages.accept(e.getMessage());
    }
  }

  /** A saved web page: its charset decided as a browser would, its article found by the extractor. */
  private Article page(Path file) throws BadInputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(file, "cannot be read: " + e.getMessage());
    }
    if (bytes.length > TextFileReader.DEFAULT_MAX_BYTES) {
      throw new BadInputException(file, "is larger than " + TextFileReader.DEFAULT_MAX_BYTES / (1024 * 1024) + " MB");
    }
    WebArticle web = ArticleExtractor.extract(PageDecoder.decode(bytes, null).text(), null);
    if (web.paragraphs().isEmpty()) {
      throw new BadInputException(file, "holds no article text that could be found");
    }
    return items.read(web.asNewsItem(file.toString()), 0);
  }

  private ImportSource source(Path file) throws BadInputException {
    if (!Files.exists(file)) {
      throw new BadInputException(file, "no such file");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (isNews(file)) {
      List<Article> articles = new ArrayList<>();
      for (NewsItem item : NewsJsonReader.read(file)) {
        articles.add(items.read(item, 0));
      }
      return new ImportSource(file.toString(), null, articles);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return new ImportSource(file.toString(), null, List.of(page(file)));
    }
    String text = new TextFileReader().read(file).text();
    Dossier d = DossierReader.read(text);
    if (d.articles().isEmpty()) {
      throw new BadInputException(file, "holds no article");
    }
    boolean isDossier = !d.toc().isEmpty() || d.articles().size() > 1;
    return new ImportSource(file.toString(), isDossier ? d : null, d.articles());
  }
}
