package org.malaff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.malaff.extract.RuleNameFinder;
import org.malaff.ingest.BadInputException;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.read.Gazetteer;

/**
 * Scores the name finder on ANERcorp (one "token TAG" a line, BIO over PERS, LOC, ORG, MISC) with
 * CoNLL exact match: an entity counts when its type and both its ends match. The corpus has no
 * document marks; sentences end at "."; the held-out part is the last 20 % of the tokens, cut at a
 * sentence end, so that the articles on each side are (but for one) whole.
 */
final class NerBenchmark {
  private static final double HELD_OUT = 0.2;

  private final PrintWriter out;

  NerBenchmark(PrintWriter out) {
    this.out = out;
  }

  private record Sentence(List<String> tokens, List<String> tags) {}

  private record Span(int sentence, int start, int end, String type) {}

  void run(Path corpus) throws BadInputException {
    List<Sentence> sentences = read(corpus);
    int total = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    int cut = 0;
    int seen = 0;
    while (cut < sentences.size() && seen < total * (1 - HELD_OUT)) {
      seen += sentences.get(cut++).tokens().size();
    }
    List<Sentence> test = sentences.subList(cut, sentences.size());
    RuleNameFinder finder = new RuleNameFinder(Gazetteer.bundled());
    Set<Span> gold = new HashSet<>();
    Set<Span> found = new HashSet<>();
    long t0 = System.nanoTime();
    for (int s = 0; s < test.size(); s++) {
      Sentence sentence = test.get(s);
      gold.addAll(spans(s, sentence.tags()));
      StringBuilder text = new StringBuilder();
      List<int[]> offsets = new ArrayList<>();
      for (String t : sentence.tokens()) {
        if (text.length() > 0) {
          text.append(' ');
        }
        offsets.add(new int[] {text.length(), text.length() + t.length()});
        text.append(t);
      }
      for (Mention m : finder.find("s" + s, List.of(text.toString()))) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < offsets.size(); k++) {
          if (offsets.get(k)[1] > m.start() && offsets.get(k)[0] < m.end()) {
            first = first < 0 ? k : first;
            last = k;
          }
        }
        if (first >= 0) {
          found.add(new Span(s, first, last + 1, type(m.type())));
        }
      }
    }
    long t1 = System.nanoTime();
    int testTokens = test.stream().mapToInt(x -> x.tokens().size()).sum();
    out.printf("ANERcorp %s: %d tokens, %d sentences; held out: the last %d sentences, %d tokens (%.0f%%)%n",
        corpus, total, sentences.size(), test.size(), testTokens, 100.0 * testTokens / total);
    out.printf("finder: rules (no training); %.0f tokens/s%n%n| type | gold | found | precision | recall | F1 |%n"
        + "|---|---:|---:|---:|---:|---:|%n", testTokens / ((t1 - t0) / 1e9));
    for (String type : List.of("PERS", "LOC", "ORG", "MISC")) {
      row(type, filter(gold, type), filter(found, type));
    }
    row("micro", gold, found);
  }

  private void row(String label, Set<Span> gold, Set<Span> found) {
    long hit = found.stream().filter(gold::contains).count();
    double p = found.isEmpty() ? 0 : hit / (double) found.size();
    double r = gold.isEmpty() ? 0 : hit / (double) gold.size();
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    out.printf("| %s | %d | %d | %.3f | %.3f | %.3f |%n", label, gold.size(), found.size(), p, r, f);
  }

  private static Set<Span> filter(Set<Span> spans, String type) {
    Set<Span> out = new HashSet<>();
    spans.stream().filter(s -> s.type().equals(type)).forEach(out::add);
    return out;
  }

  private static String type(EntityType t) {
    return switch (t) {
      case PERSON -> "PERS";
      case PLACE -> "LOC";
      case ORGANIZATION -> "ORG";
      case OTHER -> "MISC";
    };
  }

  private static List<Span> spans(int sentence, List<String> tags) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int k = 0; k <= tags.size(); k++) {
      String tag = k < tags.size() ? tags.get(k) : "O";
      boolean inside = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
      if (!inside && type != null) {
        out.add(new Span(sentence, start, k, type));
        type = null;
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && type == null)) {
        start = k;
        type = tag.substring(2);
      }
    }
    return out;
  }

  private static List<Sentence> read(Path corpus) throws BadInputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(corpus, "cannot be read: " + e.getMessage());
    }
    List<Sentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length != 2) {
        continue; // the corpus's one malformed line
      }
      tokens.add(parts[0]);
      tags.add(parts[1]);
      if (parts[0].equals(".")) {
        out.add(new Sentence(tokens, tags));
        tokens = new ArrayList<>();
        tags = new ArrayList<>();
      }
    }
    if (!tokens.isEmpty()) {
      out.add(new Sentence(tokens, tags));
    }
    return out;
  }
}
