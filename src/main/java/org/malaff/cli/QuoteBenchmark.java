package org.malaff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.malaff.extract.EntityExtractor;
import org.malaff.extract.QuoteGold;
import org.malaff.extract.ner.ModelNameFinder;
import org.malaff.ingest.BadInputException;
import org.malaff.read.Gazetteer;

/**
 * Scores quote attribution on a folder of annotated articles: files {@code NN.txt} (address,
 * headline, outlet and date, an empty line, then one paragraph a line) and {@code quotes.tsv}
 * ({@link QuoteGold}: article = the file name without .txt). Prints the share of annotated quotes
 * given their right speaker by the rules and with the trained recognizer, and with {@code
 * --misses} the ones that were not. How such folders were made, and the figures: docs/benchmarks.md.
 */
final class QuoteBenchmark {
  private final PrintWriter out;

  QuoteBenchmark(PrintWriter out) {
    this.out = out;
  }

  void run(Path folder, boolean misses) throws IOException, BadInputException {
    Path goldFile = folder.resolve("quotes.tsv");
    if (!Files.isRegularFile(goldFile)) {
      throw new BadInputException(goldFile, "no annotation: expected quotes.tsv beside the articles");
    }
    QuoteGold gold;
    try {
      gold = QuoteGold.parse(Files.readAllLines(goldFile));
    } catch (QuoteGold.MalformedLine e) {
      throw new BadInputException(goldFile, e.line(), e.getMessage());
    }
    List<String> ids = new ArrayList<>();
    List<List<String>> paragraphs = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches("\\d+\\.txt")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        if (lines.size() < 5 || !lines.get(3).isBlank()) {
          throw new BadInputException(f, Math.min(lines.size(), 4), "expected: address, headline, outlet and date, an empty line, then the paragraphs");
        }
        ids.add(f.getFileName().toString().replace(".txt", ""));
        paragraphs.add(lines.subList(4, lines.size()).stream().filter(l -> !l.isBlank()).toList());
      }
    }
    out.printf("%s: %d articles, %d annotated quotes%n", folder, ids.size(), gold.rows().size());
    Gazetteer gazetteer = Gazetteer.bundled();
    for (boolean model : new boolean[] {false, true}) {
      EntityExtractor extractor = model ? new EntityExtractor(gazetteer, ModelNameFinder.bundled(gazetteer))
          : new EntityExtractor(gazetteer);
      QuoteGold.Score score = gold.score(extractor.extract(ids, paragraphs));
      out.println(score.line(model ? "rules and the trained recognizer" : "rules"));
      if (misses) {
        out.print(score.wrong());
      }
    }
    out.flush();
  }
}
