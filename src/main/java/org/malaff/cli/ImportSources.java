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
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.NewsItem;
import org.malaff.ingest.NewsJsonReader;
import org.malaff.ingest.TextFileReader;
import org.malaff.model.Article;
import org.malaff.model.Dossier;
import org.malaff.read.Gazetteer;
import org.malaff.read.NewsItemReader;

/**
 * Reads what {@code malaff import} is given, file by file: dossier text files (a dossier with its
 * articles in order), article text files, SaudiNewsNet-style news zips and JSON (loose articles,
 * their URLs kept), and folders of these. A file that cannot be read is a problem, named with its
 * line where there is one, and the others are still read.
 */
final class ImportSources {
  private final NewsItemReader items = new NewsItemReader(Gazetteer.bundled());
  private final List<ImportSource> sources = new ArrayList<>();
  private final Consumer<String> problems;
  private int problemCount;

  private ImportSources(Consumer<String> problems) {
    this.problems = problems;
  }

  /** The sources under {@code paths}, in order; {@code problems} hears what could not be read. */
  static ImportSources read(List<Path> paths, Consumer<String> problems) {
    ImportSources s = new ImportSources(problems);
    for (Path p : paths) {
      s.add(p);
    }
    return s;
  }

  List<ImportSource> sources() {
    return sources;
  }

  int problems() {
    return problemCount;
  }

  private void add(Path path) {
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(path)) {
        files = s.filter(Files::isRegularFile).filter(ImportSources::isReadable).sorted().toList();
      } catch (IOException e) {
        problem(path + ": cannot be listed: " + e.getMessage());
        return;
      }
      files.forEach(this::addFile);
    } else {
      addFile(path);
    }
  }

  private static boolean isReadable(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".zip");
  }

  private void problem(String message) {
    problemCount++;
    problems.accept(message);
  }

  private void addFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (!Files.exists(file)) {
        throw new BadInputException(file, "no such file");
      }
      if (name.endsWith(".json") || name.endsWith(".zip")) {
        List<Article> articles = new ArrayList<>();
        for (NewsItem item : NewsJsonReader.read(file)) {
          articles.add(items.read(item, 0));
        }
        sources.add(new ImportSource(file.toString(), null, articles));
        return;
      }
      if (name.endsWith(".html") || name.endsWith(".htm")) {
        throw new BadInputException(file, "HTML pages are not read yet (see issue 7); save the article as text");
      }
      String text = new TextFileReader().read(file).text();
      Dossier d = DossierReader.read(text);
      boolean isDossier = !d.toc().isEmpty() || d.articles().size() > 1;
      if (d.articles().isEmpty()) {
        throw new BadInputException(file, "holds no article");
      }
      sources.add(new ImportSource(file.toString(), isDossier ? d : null, d.articles()));
    } catch (BadInputException e) {
      problem(e.getMessage());
    }
  }
}
