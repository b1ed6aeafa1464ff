package org.malaff.text;

import static org.malaff.text.ArabicLetters.*;

import java.text.Normalizer;

/**
 * Text folded for matching, with a map from every folded position back to the original.
 *
 * <p>Folding rules, applied character by character:
 *
 * <ul>
 *   <li>alef with hamza above or below, alef madda and alef wasla become bare alef (أ إ آ ٱ → ا);
 *   <li>alef maksura and Persian yeh become yeh (ى ی ے → ي); teh marbuta becomes heh (ة → ه);
 *       Persian keheh becomes kaf (ک → ك); Persian and Kurdish heh forms become heh (ە ۀ ھ → ه);
 *   <li>harakat, superscript alef, Quranic marks and tatweel are dropped;
 *   <li>bidi controls, zero-width characters, soft hyphens and byte-order marks are dropped;
 *   <li>Arabic-Indic and Persian digits become ASCII digits;
 *   <li>every kind of space (no-break, thin, tab) becomes a plain space;
 *   <li>presentation forms are decomposed (NFKC), so ﻻ becomes لا;
 *   <li>Latin letters are lower-cased.
 * </ul>
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

  /** Folds one character, returning 0 when it is dropped. */
  static char fold(char c) {
    if (c < 0x80) {
      return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : (c == '\t' ? ' ' : c);
    }
    switch (c) {
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
        return ALEF;
      case ALEF_MAKSURA, PERSIAN_YEH, YEH_BARREE:
        return YEH;
      case TEH_MARBUTA, AE, HEH_YEH_ABOVE, HEH_DOACHASHMEE:
        return HEH;
      case KEHEH:
        return KAF;
      case TATWEEL, SUPERSCRIPT_ALEF:
        return 0;
      default:
        break;
    }
    if ((c >= FATHATAN && c <= LAST_HARAKA) || (c >= QURANIC_MARK_FIRST && c <= QURANIC_MARK_LAST)) {
      return 0;
    }
    if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE) {
      return (char) ('0' + (c - ARABIC_INDIC_ZERO));
    }
    if (c >= PERSIAN_ZERO && c <= PERSIAN_NINE) {
      return (char) ('0' + (c - PERSIAN_ZERO));
    }
    if (isInvisible(c)) {
      return 0;
    }
    if (isSpace(c)) {
      return ' ';
    }
    return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
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
