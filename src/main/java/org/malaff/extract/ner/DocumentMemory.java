package org.malaff.extract.ner;

import java.util.HashMap;
import java.util.Map;

/**
 * What a first reading of a document said about each of its words: how many times the word (or its
 * stem) was tagged with each label. A name is written bare after it was introduced in full (يوسف
 * القرضاوي … القرضاوي), and a second reading uses the first one's labels of the word's other
 * occurrences as features. It also keeps the contexts of each word's uses (the words and first
 * labels around it, whether a nationality adjective comes before it): القرضاوي after الشيخ in one
 * sentence is a person in the next, where it stands bare. The contexts are kept as the hashed
 * features they give ({@link #cue}).
 */
final class DocumentMemory {
  /** Cues the first reading's labels give: "pt:" + the label before, "nt:" + the label after. */
  private static final int[] LABEL_BEFORE = new int[Labels.COUNT + 1];
  private static final int[] LABEL_AFTER = new int[Labels.COUNT + 1];
  private static final int AFTER_GENTILIC = cue("pg", "");
  /** The cues of a sentence's start (before its first word) and end (after its last). */
  private static final int START = cue("p:", "<s>");
  private static final int END = cue("n:", "</s>");

  static {
    for (int l = 0; l <= Labels.COUNT; l++) {
      LABEL_BEFORE[l] = cue("pt:", l == Labels.COUNT ? "<s>" : Labels.name(l));
      LABEL_AFTER[l] = cue("nt:", l == Labels.COUNT ? "</s>" : Labels.name(l));
    }
  }

  private final Map<String, int[]> words = new HashMap<>();
  private final Map<String, int[]> stems = new HashMap<>();
  private final Map<String, CueCounts> cues = new HashMap<>();

  /**
   * The hashed feature of a cue: "dc=" + kind + what ("p:" + the word before, "n:" + the word
   * after, "pt:" / "nt:" + their first-reading labels, "pg" after a nationality adjective).
   */
  static int cue(String kind, String what) {
    return NerFeatures.unmasked("dc=", kind + what);
  }

  /** Adds a tagged sentence. */
  void add(WordFacts[] words, int[] labels) {
    change(words, labels, 1);
  }

  /** Takes a tagged sentence away again (a word's own occurrence is not evidence about itself). */
  void remove(WordFacts[] words, int[] labels) {
    change(words, labels, -1);
  }

  private void change(WordFacts[] w, int[] labels, int delta) {
    int n = w.length;
    for (int i = 0; i < n; i++) {
      words.computeIfAbsent(w[i].word, k -> new int[Labels.COUNT])[labels[i]] += delta;
      String stem = w[i].stem;
      stems.computeIfAbsent(stem, k -> new int[Labels.COUNT])[labels[i]] += delta;
      if (stem.length() >= 2) {
        CueCounts c = cues.computeIfAbsent(stem, k -> new CueCounts());
        c.add(i > 0 ? w[i - 1].cueBefore : START, delta);
        c.add(i + 1 < n ? w[i + 1].cueAfter : END, delta);
        c.add(LABEL_BEFORE[i > 0 ? labels[i - 1] : Labels.COUNT], delta);
        c.add(LABEL_AFTER[i + 1 < n ? labels[i + 1] : Labels.COUNT], delta);
        if (i > 0 && gentilic(w[i - 1].word)) {
          c.add(AFTER_GENTILIC, delta);
        }
      }
    }
  }

  /** Whether a word looks like a nationality or origin adjective: الإسباني، السويسرية. */
  static boolean gentilic(String w) {
    return w.length() >= 5 && w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه"));
  }

  /** Adds to {@code out} the hashed cues (at most {@code limit}) of the stem's uses elsewhere in the document. */
  void cues(String stem, int limit, java.util.function.IntConsumer out) {
    CueCounts c = cues.get(stem);
    if (c != null) {
      c.each(limit, out);
    }
  }

  /**
   * The type the document mostly gave the word ({@code stem == false}) or stem elsewhere ("PERS",
   * "LOC" …, "O"), with "+" when it did so more than once, or "-" when it occurs nowhere else.
   */
  String said(boolean stem, String word) {
    int[] c = (stem ? stems : words).get(word);
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

  /** How many times each cue is in memory: open addressing over the cue hashes. */
  private static final class CueCounts {
    private int[] keys = new int[8];
    private int[] counts = new int[8];
    private boolean[] used = new boolean[8];
    private int filled;

    void add(int cue, int delta) {
      int s = slot(cue);
      if (!used[s]) {
        if (delta <= 0) {
          return;
        }
        used[s] = true;
        keys[s] = cue;
        filled++;
      }
      counts[s] = Math.max(0, counts[s] + delta);
      if (filled * 4 > keys.length * 3) {
        grow();
      }
    }

    /** Calls {@code out} with up to {@code limit} cues in memory, in table order. */
    void each(int limit, java.util.function.IntConsumer out) {
      int k = 0;
      for (int s = 0; s < keys.length && k < limit; s++) {
        if (used[s] && counts[s] > 0) {
          out.accept(keys[s]);
          k++;
        }
      }
    }

    private int slot(int cue) {
      int mask = keys.length - 1;
      int s = (cue * 0x9E3779B9) >>> 16 & mask;
      while (used[s] && keys[s] != cue) {
        s = (s + 1) & mask;
      }
      return s;
    }

    /** Rebuilds the table without the cues no longer in memory, larger if most are. */
    private void grow() {
      int[] oldKeys = keys;
      int[] oldCounts = counts;
      boolean[] oldUsed = used;
      int live = 0;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldUsed[s] && oldCounts[s] > 0) {
          live++;
        }
      }
      int size = Integer.highestOneBit(Math.max(8, live * 4 - 1)) << 1;
      keys = new int[size];
      counts = new int[size];
      used = new boolean[size];
      filled = 0;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldUsed[s] && oldCounts[s] > 0) {
          int t = slot(oldKeys[s]);
          used[t] = true;
          keys[t] = oldKeys[s];
          counts[t] = oldCounts[s];
          filled++;
        }
      }
    }
  }
}
