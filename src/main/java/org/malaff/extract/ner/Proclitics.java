package org.malaff.extract.ner;

import java.util.function.Predicate;

/**
 * Takes the leading clitics off a word normalized at STANDARD: the article with what may come
 * before it (والعراق → عراق, للحزب → حزب) and a single و ف ب ل ك (بموسكو → موسكو). A single
 * letter stays when the word is one the news collection knows and the rest is not: فيدرر, برلين,
 * كوفي are names, not ف + يدرر. Without a vocabulary, every such letter goes.
 */
public final class Proclitics {
  private static final String[] ARTICLE = {"وال", "بال", "فال", "كال", "لل", "ال"};
  private final Predicate<String> known;

  Proclitics(Predicate<String> known) {
    this.known = known;
  }

  /** Strips every leading letter that may be a clitic. */
  static Proclitics blind() {
    return new Proclitics(w -> false);
  }

  /** The word without its leading clitics. */
  String strip(String w) {
    for (String p : ARTICLE) {
      if (w.startsWith(p) && w.length() - p.length() >= 2) {
        return w.substring(p.length());
      }
    }
    if (w.length() >= 4 && "وفبلك".indexOf(w.charAt(0)) >= 0) {
      String rest = w.substring(1);
      return known.test(w) && !known.test(rest) ? w : rest;
    }
    return w;
  }
}
