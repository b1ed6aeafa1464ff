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
 * occurrences as features.
 */
final class DocumentMemory {
  static final DocumentMemory EMPTY = new DocumentMemory();
  private final Map<String, int[]> counts = new HashMap<>();

  /** Adds a tagged sentence. */
  void add(List<String> tokens, int[] labels) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = ArabicNormalizer.normalize(tokens.get(i), Level.STANDARD);
      count("w:" + w, labels[i], 1);
      count("s:" + NerFeatures.stem(w), labels[i], 1);
    }
  }

  /** Takes a tagged sentence away again (a word's own occurrence is not evidence about itself). */
  void remove(List<String> tokens, int[] labels) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = ArabicNormalizer.normalize(tokens.get(i), Level.STANDARD);
      count("w:" + w, labels[i], -1);
      count("s:" + NerFeatures.stem(w), labels[i], -1);
    }
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
