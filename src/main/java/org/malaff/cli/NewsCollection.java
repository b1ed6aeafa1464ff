package org.malaff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.NewsItem;
import org.malaff.ingest.NewsJsonReader;

/** The news collection the benchmarks run on: every .zip and .json news file of a folder, in name order. */
final class NewsCollection {
  private NewsCollection() {}

  static List<NewsItem> items(Path folder) throws BadInputException {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".zip") || p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException(folder, "cannot be listed: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new BadInputException(folder, "holds no .zip or .json news files");
    }
    List<NewsItem> items = new ArrayList<>();
    for (Path f : files) {
      items.addAll(NewsJsonReader.read(f));
    }
    return items;
  }

  /** An item's body cut into paragraphs at line breaks, as the benchmarks read it. */
  static List<String> paragraphs(NewsItem item) {
    return item.content() == null ? List.of() : List.of(item.content().split("\n"));
  }
}
