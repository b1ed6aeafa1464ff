package org.malaff.text;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.malaff.text.ArabicNormalizer.Level;

/** Lucene's Arabic stop words, normalized at a level so that normalized words can be looked up. */
public final class ArabicStopWords {
  private ArabicStopWords() {}

  /** A new set of the stop words normalized at {@code level}. */
  public static Set<String> at(Level level) {
    Set<String> out = new HashSet<>();
    for (Object w : ArabicAnalyzer.getDefaultStopSet()) {
      out.add(ArabicNormalizer.normalize(w instanceof char[] c ? new String(c) : w.toString(), level));
    }
    return out;
  }
}
