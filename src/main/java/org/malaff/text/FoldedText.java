package org.malaff.text;

import static org.malaff.text.ArabicLetters.*;

import java.text.Normalizer;

/**
 * Text folded for matching, with a map from every folded position back to the original.
 *
 * <p>The folding is {@link ArabicNormalizer}'s {@code STANDARD} level applied character by character
 * (alef forms, alef maksura and Persian yeh, teh marbuta, Persian letter forms, harakat and tatweel,
 * invisible marks, digits, Latin case), with every kind of space made a plain space and
 * presentation forms decomposed (NFKC, so ﻻ becomes لا). Unlike {@link ArabicNormalizer}, it keeps
 * punctuation and keeps a map back to the original, for offsets.
 *
 * @param original the text as given
 * @param folded the folded text
 * @param origin for each folded position, the position in {@code original} it came from; one
 *     extra entry maps {@code folded.length()} to {@code original.length()}
 */
public record FoldedText(String original, String folded, int[] origin) {

  /** Folds {@code text} by the rules above. */
  public static FoldedText of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] origin = new int[text.length() + 1];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPresentationForm(c)) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        for (int k = 0; k < decomposed.length(); k++) {
          char d = fold(decomposed.charAt(k));
          if (d != 0) {
            origin = grow(origin, n + 2);
            origin[n++] = i;
            out.append(d);
          }
        }
        continue;
      }
      char f = fold(c);
      if (f != 0) {
        origin[n++] = i;
        out.append(f);
      }
    }
    origin = grow(origin, n + 1);
    origin[n] = text.length();
    int[] exact = new int[n + 1];
    System.arraycopy(origin, 0, exact, 0, n + 1);
    return new FoldedText(text, out.toString(), exact);
  }

  /**
   * Folds one character, returning 0 when it is dropped: the {@link ArabicNormalizer.Level#STANDARD}
   * rules (one table, built on Lucene's normalizer), spaces of every kind made plain.
   */
  static char fold(char c) {
    if (c == '\t' || (c >= 0x80 && isSpace(c))) {
      return ' ';
    }
    return ArabicNormalizer.fold(c, ArabicNormalizer.Level.STANDARD);
  }

  private static boolean isPresentationForm(char c) {
    return (c >= PRESENTATION_A_FIRST && c <= PRESENTATION_A_LAST)
        || (c >= PRESENTATION_B_FIRST && c <= PRESENTATION_B_LAST);
  }

  private static int[] grow(int[] a, int size) {
    if (a.length >= size) {
      return a;
    }
    int[] b = new int[Math.max(size, a.length * 2)];
    System.arraycopy(a, 0, b, 0, a.length);
    return b;
  }

  /** The original text that folded positions {@code [start, end)} came from. */
  public String originalSlice(int start, int end) {
    int from = origin[start];
    int to = end >= folded.length() ? original.length() : origin[end];
    return original.substring(from, to);
  }
}
