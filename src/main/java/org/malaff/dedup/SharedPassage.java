package org.malaff.dedup;

import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;

/**
 * The longest run of words two texts share, compared at {@link Level#STANDARD} (letter variants
 * and punctuation aside) and returned as the first text shows it. Quadratic in words: for
 * paragraphs, not whole archives.
 */
public final class SharedPassage {
  private SharedPassage() {}

  /** The longest shared run of words, as {@code a} shows it; empty when none is shared. */
  public static String longest(String a, String b) {
    String[] wa = a.split("[\\s\\u00A0]+");
    String[] wb = b.split("[\\s\\u00A0]+");
    String[] ka = keys(wa);
    String[] kb = keys(wb);
    int[] prev = new int[kb.length + 1];
    int[] cur = new int[kb.length + 1];
    int best = 0;
    int end = 0;
    for (int i = 1; i <= ka.length; i++) {
      for (int j = 1; j <= kb.length; j++) {
        cur[j] = !ka[i - 1].isEmpty() && ka[i - 1].equals(kb[j - 1]) ? prev[j - 1] + 1 : 0;
        if (cur[j] > best) {
          best = cur[j];
          end = i;
        }
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      java.util.Arrays.fill(cur, 0);
    }
    return String.join(" ", java.util.Arrays.asList(wa).subList(end - best, end));
  }

  private static String[] keys(String[] words) {
    String[] k = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      k[i] = ArabicNormalizer.normalize(words[i], Level.STANDARD).replaceAll("[^\\p{L}\\p{Nd}]", "");
    }
    return k;
  }
}
