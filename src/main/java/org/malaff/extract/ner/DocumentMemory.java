package org.malaff.extract.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;

/**
 * What a first reading of a document said about each of its words: how many times the word (or its
 * stem) was tagged with each label. A name is written bare after it was introduced in full (يوسف
 * القرضاوي … القرضاوي), and a second reading uses the first one's labels of the word's other
 * occurrences as features. It also keeps the contexts of each word's uses (the words and first
 * labels around it, whether a nationality adjective comes before it): القرضاوي after الشيخ in one
 * sentence is a person in the next, where it stands bare.
 */
final class DocumentMemory {
  private final Map<String, int[]> counts = new HashMap<>();
  private final Proclitics proclitics;

  DocumentMemory(Proclitics proclitics) {
    this.proclitics = proclitics;
  }

  /** Adds a tagged sentence. */
  void add(List<String> tokens, int[] labels) {
    change(tokens, labels, 1);
  }

  /** Takes a tagged sentence away again (a word's own occurrence is not evidence about itself). */
  void remove(List<String> tokens, int[] labels) {
    change(tokens, labels, -1);
  }

  private void change(List<String> tokens, int[] labels, int delta) {
    int n = tokens.size();
    String[] w = new String[n];
    for (int i = 0; i < n; i++) {
      w[i] = ArabicNormalizer.normalize(tokens.get(i), Level.STANDARD);
    }
    for (int i = 0; i < n; i++) {
      count("w:" + w[i], labels[i], delta);
      String stem = proclitics.strip(w[i]);
      count("s:" + stem, labels[i], delta);
      if (stem.length() >= 2) {
        cue(stem, "p:" + (i > 0 ? w[i - 1] : "<s>"), delta);
        cue(stem, "n:" + (i + 1 < n ? w[i + 1] : "</s>"), delta);
        cue(stem, "pt:" + (i > 0 ? Labels.name(labels[i - 1]) : "<s>"), delta);
        cue(stem, "nt:" + (i + 1 < n ? Labels.name(labels[i + 1]) : "</s>"), delta);
        if (i > 0 && gentilic(w[i - 1])) {
          cue(stem, "pg", delta);
        }
      }
    }
  }

  /** Whether a word looks like a nationality or origin adjective: الإسباني، السويسرية. */
  static boolean gentilic(String w) {
    return w.length() >= 5 && w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه"));
  }

  /** Per stem: the contexts of its uses (the word before and after, their labels) and how many. */
  private final Map<String, Map<String, Integer>> cues = new HashMap<>();

  private void cue(String stem, String cue, int delta) {
    Map<String, Integer> c = cues.computeIfAbsent(stem, k -> new HashMap<>());
    int v = c.getOrDefault(cue, 0) + delta;
    if (v <= 0) {
      c.remove(cue);
    } else {
      c.put(cue, v);
    }
  }

  /** The contexts the word's stem has elsewhere in the document. */
  java.util.Set<String> cues(String stem) {
    Map<String, Integer> c = cues.get(stem);
    return c == null ? java.util.Set.of() : c.keySet();
  }

  private void count(String key, int label, int delta) {
    counts.computeIfAbsent(key, k -> new int[Labels.COUNT])[label] += delta;
  }

  /**
   * The type the document mostly gave the word elsewhere ("PERS", "LOC" …, "O"), with "+" when it
   * did so more than once, or "-" when the word occurs nowhere else.
   */
  String said(String kind, String word) {
    int[] c = counts.get(kind + ":" + word);
    if (c == null) {
      return "-";
    }
    int[] byType = new int[Labels.TYPES.size() + 1];
    for (int l = 0; l < c.length; l++) {
      byType[Labels.type(l) + 1] += c[l];
    }
    int best = 0;
    int total = 0;
    for (int t = 0; t < byType.length; t++) {
      total += byType[t];
      if (byType[t] > byType[best]) {
        best = t;
      }
    }
    if (total == 0) {
      return "-";
    }
    String type = best == 0 ? "O" : Labels.TYPES.get(best - 1);
    return best == 0 && byType[0] < total ? "O~" : type + (byType[best] > 1 ? "+" : "");
  }
}
