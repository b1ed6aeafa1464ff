package org.malaff.extract.ner;

import java.util.List;

/** The BIO tags the recognizer predicts, by number; I-X may follow only B-X or I-X. */
final class Labels {
  static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
  static final int COUNT = 1 + 2 * TYPES.size();
  static final int O = 0;

  private Labels() {}

  static int of(String tag) {
    if (tag.equals("O")) {
      return O;
    }
    int type = TYPES.indexOf(tag.substring(2));
    if (type < 0 || !(tag.startsWith("B-") || tag.startsWith("I-"))) {
      return O; // a tag outside the four types counts as no entity
    }
    return 1 + 2 * type + (tag.startsWith("I-") ? 1 : 0);
  }

  private static final String[] NAMES = new String[COUNT];

  static {
    for (int l = 0; l < COUNT; l++) {
      NAMES[l] = l == O ? "O" : (isInside(l) ? "I-" : "B-") + TYPES.get((l - 1) / 2);
    }
  }

  static String name(int label) {
    return NAMES[label];
  }

  static boolean isInside(int label) {
    return label != O && (label - 1) % 2 == 1;
  }

  /** The type a label belongs to, -1 for O. */
  static int type(int label) {
    return label == O ? -1 : (label - 1) / 2;
  }

  /** Whether {@code next} may follow {@code previous} (-1: the sentence start). */
  static boolean allowed(int previous, int next) {
    return !isInside(next) || (previous >= 0 && type(previous) == type(next));
  }

  private static final int[][] PREVIOUS = new int[COUNT][];

  static {
    for (int l = 0; l < COUNT; l++) {
      int label = l;
      PREVIOUS[l] = java.util.stream.IntStream.range(0, COUNT).filter(p -> allowed(p, label)).toArray();
    }
  }

  /** The labels that {@code next} may follow, in increasing order (do not change the array). */
  static int[] previous(int next) {
    return PREVIOUS[next];
  }
}
