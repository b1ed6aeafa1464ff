package org.malaff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.malaff.extract.RuleNameFinder;
import org.malaff.extract.ner.Lexicon;
import org.malaff.extract.ner.ModelNameFinder;
import org.malaff.extract.ner.NerFeatures;
import org.malaff.extract.ner.NerModel;
import org.malaff.extract.ner.NerTrainer;
import org.malaff.extract.ner.TaggedCorpus;
import org.malaff.extract.ner.TaggedSentence;
import org.malaff.ingest.BadInputException;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.read.Gazetteer;

/**
 * Scores the name finders on ANERcorp (one "token TAG" a line, BIO over PERS, LOC, ORG, MISC) with
 * CoNLL exact match: an entity counts when its type and both its ends match. Sentences as {@link
 * TaggedCorpus} cuts them; the held-out part is the last 20 % of the tokens, cut at a sentence end
 * (the bundled model is trained on the rest by {@code malaff train-ner}). The rules read each
 * sentence alone; the model reads the held-out part as one running text, a document of ±{@code
 * window} sentences around each, through the same {@link ModelNameFinder} that reads articles.
 */
final class NerBenchmark {
  private final PrintWriter out;
  private final boolean misses;

  NerBenchmark(PrintWriter out, boolean misses) {
    this.out = out;
    this.misses = misses;
  }

  private record Span(int sentence, int start, int end, String type) {}

  /**
   * Scores the rules and the model on the held-out part; with {@code dev}, instead, trains a model
   * (bundled lexicon, {@code seed}) on the first 80 % of the training part and scores the last 20 %
   * of it, so that a change can be judged without looking at the held-out part.
   */
  void run(Path corpus, boolean dev, long seed) throws BadInputException {
    List<TaggedSentence> sentences = TrainNerCommand.readCorpus(corpus);
    int cut = TaggedCorpus.heldOutStart(sentences, TrainNerCommand.HELD_OUT);
    List<TaggedSentence> training = sentences.subList(0, cut);
    int devCut = TaggedCorpus.heldOutStart(training, TrainNerCommand.HELD_OUT);
    List<TaggedSentence> test = dev ? training.subList(devCut, cut) : sentences.subList(cut, sentences.size());
    int total = sentences.stream().mapToInt(TaggedSentence::size).sum();
    int testTokens = test.stream().mapToInt(TaggedSentence::size).sum();
    Set<Span> gold = new HashSet<>();
    for (int s = 0; s < test.size(); s++) {
      gold.addAll(spans(s, test.get(s).tags()));
    }
    out.printf("ANERcorp %s: %d tokens, %d sentences; %s: %d sentences, %d tokens (%.0f%%)%n",
        corpus, total, sentences.size(), dev ? "development part (the last 20 % of the training part)"
            : "held out (the last 20 %)", test.size(), testTokens, 100.0 * testTokens / total);
    Gazetteer gazetteer = Gazetteer.bundled();
    ModelNameFinder model = dev ? devModel(training.subList(0, devCut), gazetteer, seed) : ModelNameFinder.bundled(gazetteer);
    if (dev) {
      scoreModel("a model trained on the rest of the training part, seed " + seed + ", spans as tagged", model.asTagged(),
          test, gold, testTokens);
      scoreModel("the same model, person spans mended (PersonSpans)", model.withoutCarrying(), test, gold, testTokens);
      scoreModel("the same, and names carried through the document (DocumentSpans)", model, test, gold, testTokens);
      printMisses(test, gold);
      return;
    }
    RuleNameFinder rules = new RuleNameFinder(gazetteer);
    score("rules (no training)", test, gold, testTokens, texts -> {
      List<List<Mention>> found = new ArrayList<>();
      for (int s = 0; s < texts.size(); s++) {
        found.add(rules.find("s" + s, List.of(texts.get(s))));
      }
      return found;
    });
    scoreModel("the bundled model (malaff train-ner), spans as tagged", model.asTagged(), test, gold, testTokens);
    scoreModel("the bundled model, person spans mended (PersonSpans)", model.withoutCarrying(), test, gold, testTokens);
    scoreModel("the same, and names carried through the document (DocumentSpans; what Malaff uses)", model, test, gold,
        testTokens);
    printMisses(test, gold);
  }

  private Set<Span> lastFound = Set.of();

  /**
   * With {@code --misses}: each gold entity the last finder did not find and each entity it found
   * that overlaps no gold one, by kind (missed, wrong edges, wrong type, found where none is), with
   * the words around it and their gold tags.
   */
  private void printMisses(List<TaggedSentence> test, Set<Span> gold) {
    if (!misses) {
      return;
    }
    java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (Span g : gold) {
      if (lastFound.contains(g)) {
        continue;
      }
      String kind = "missed " + g.type();
      String found = "";
      for (Span f : lastFound) {
        if (f.sentence() == g.sentence() && f.start() < g.end() && g.start() < f.end()) {
          boolean sameEdges = f.start() == g.start() && f.end() == g.end();
          kind = sameEdges ? "type " + g.type() + " as " + f.type()
              : f.type().equals(g.type()) ? "edges " + g.type() : "overlap " + g.type() + " with " + f.type();
          found = " [" + f.type() + ": " + words(test, f) + "]";
        }
      }
      kinds.merge(kind, 1, Integer::sum);
      lines.add(kind + "\t" + words(test, g) + found + "\t" + context(test, g));
    }
    for (Span f : lastFound) {
      boolean overlaps = gold.stream().anyMatch(g -> g.sentence() == f.sentence() && f.start() < g.end() && g.start() < f.end());
      if (!overlaps) {
        kinds.merge("spurious " + f.type(), 1, Integer::sum);
        lines.add("spurious " + f.type() + "\t" + words(test, f) + "\t" + context(test, f));
      }
    }
    out.printf("%nwhat the last finder got wrong, by kind: %s%n", kinds);
    lines.stream().sorted().forEach(out::println);
  }

  private static String words(List<TaggedSentence> test, Span s) {
    return String.join(" ", test.get(s.sentence()).tokens().subList(s.start(), s.end()));
  }

  /** Six tokens on each side of a span, each with its gold tag unless O. */
  private static String context(List<TaggedSentence> test, Span s) {
    TaggedSentence sentence = test.get(s.sentence());
    StringBuilder b = new StringBuilder();
    for (int k = Math.max(0, s.start() - 6); k < Math.min(sentence.size(), s.end() + 6); k++) {
      String tag = sentence.tags().get(k);
      b.append(sentence.tokens().get(k)).append(tag.equals("O") ? "" : "/" + tag).append(' ');
    }
    return b.toString().strip();
  }

  private static ModelNameFinder devModel(List<TaggedSentence> train, Gazetteer gazetteer, long seed) {
    try {
      Lexicon lexicon = Lexicon.bundled();
      NerModel m = new NerTrainer(new NerFeatures(gazetteer, lexicon, TrainNerCommand.BITS), TrainNerCommand.EPOCHS, seed)
          .train(train, TrainNerCommand.WINDOW);
      return ModelNameFinder.of(m, gazetteer, lexicon);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("the bundled lexicon cannot be read", e);
    }
  }

  private void scoreModel(String finder, ModelNameFinder model, List<TaggedSentence> test, Set<Span> gold,
      int testTokens) {
    score(finder, test, gold, testTokens, texts -> {
      List<Mention> all = model.find("held-out", texts); // one paragraph a sentence: one running text
      List<List<Mention>> found = new ArrayList<>();
      texts.forEach(t -> found.add(new ArrayList<>()));
      all.forEach(m -> found.get(m.paragraph()).add(m));
      return found;
    });
  }

  private void score(String finder, List<TaggedSentence> test, Set<Span> gold, int testTokens,
      Function<List<String>, List<List<Mention>>> find) {
    List<String> texts = new ArrayList<>();
    List<List<int[]>> offsets = new ArrayList<>();
    for (TaggedSentence sentence : test) {
      StringBuilder text = new StringBuilder();
      List<int[]> at = new ArrayList<>();
      for (String t : sentence.tokens()) {
        if (text.length() > 0) {
          text.append(' ');
        }
        at.add(new int[] {text.length(), text.length() + t.length()});
        text.append(t);
      }
      texts.add(text.toString());
      offsets.add(at);
    }
    long t0 = System.nanoTime();
    List<List<Mention>> mentions = find.apply(texts);
    long t1 = System.nanoTime();
    Set<Span> found = new HashSet<>();
    for (int s = 0; s < test.size(); s++) {
      for (Mention m : mentions.get(s)) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < offsets.get(s).size(); k++) {
          int[] o = offsets.get(s).get(k);
          if (o[1] > m.start() && o[0] < m.end()) {
            first = first < 0 ? k : first;
            last = k;
          }
        }
        if (first >= 0) {
          found.add(new Span(s, first, last + 1, type(m.type())));
        }
      }
    }
    lastFound = found;
    out.printf("%nfinder: %s; %.0f tokens/s (one run; the first model row fills the model's word cache for the later ones)%n%n| type | gold | found | precision | recall | F1 |%n"
        + "|---|---:|---:|---:|---:|---:|%n", finder, testTokens / ((t1 - t0) / 1e9));
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
}
