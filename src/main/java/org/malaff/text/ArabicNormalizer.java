package org.malaff.text;

import static org.malaff.text.ArabicLetters.*;


/**
 * Normalizes Arabic text for matching, at three named levels. The text shown to readers is never
 * normalized: these functions make keys.
 *
 * <p>{@link Level#LIGHT} (nothing a reader would call a different word):
 *
 * <ul>
 *   <li>harakat, superscript alef, Quranic marks and tatweel are dropped (مُحَمَّد → محمد, الـوطن →
 *       الوطن);
 *   <li>bidi controls, zero-width characters (ZWNJ, ZWJ), soft hyphens and byte-order marks are
 *       dropped;
 *   <li>Arabic-Indic and Persian digits become ASCII digits (٢٠١٣ → 2013);
 *   <li>presentation forms are decomposed (NFKC: ﻻ → لا);
 *   <li>every kind of space (no-break, thin, tab, line breaks) becomes one plain space.
 * </ul>
 *
 * <p>{@link Level#STANDARD}, for match keys and duplicate detection, adds:
 *
 * <ul>
 *   <li>Lucene's {@code ArabicNormalizer}: alef with hamza above or below and alef madda become bare
 *       alef, alef maksura becomes yeh, teh marbuta becomes heh;
 *   <li>what Lucene lacks: alef wasla → alef; Persian and Urdu forms found in pasted text: ی ے → ي,
 *       ک → ك, ە ۀ ھ → ه;
 *   <li>quote variants (« » “ ” „ ‹ › ″) become {@code "}, the Arabic comma, semicolon and question
 *       mark become , ; ?;
 *   <li>Latin letters are lower-cased.
 * </ul>
 *
 * <p>{@link Level#LOOSE}, for names written many ways, adds: hamza seats folded (ؤ → و, ئ → ي,
 * lone ء dropped) and the letters of transliteration (گ → ك, چ → ج, پ → ب, ڤ → ف, ژ → ز).
 */
public final class ArabicNormalizer {

  /** How much is folded. */
  public enum Level {
    LIGHT,
    STANDARD,
    LOOSE
  }

  private static final org.apache.lucene.analysis.ar.ArabicNormalizer LUCENE =
      new org.apache.lucene.analysis.ar.ArabicNormalizer();

  private ArabicNormalizer() {}

  /** Normalizes a whole text at {@code level}. */
  public static String normalize(String text, Level level) {
    StringBuilder out = new StringBuilder(text.length());
    WordBuffer word = new WordBuffer();
    boolean space = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (ArabicTokenizer.isWordChar(c)) {
        word.add(c);
        continue;
      }
      if (word.length > 0) {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(word.chars, 0, normalizeWord(word.chars, word.length, level));
        word.length = 0;
      }
      if (i == text.length()) {
        break;
      }
      if (isSpace(c) || Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else if (!isInvisible(c)) {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(level == Level.LIGHT ? c : punctuation(c));
      }
    }
    return out.toString();
  }

  /**
   * Normalizes one word in place ({@code buffer[0, len)}) and returns its new length. A word is a
   * run of {@link ArabicTokenizer#isWordChar} characters gathered by a {@link WordBuffer}, which
   * has already decomposed presentation forms.
   */
  public static int normalizeWord(char[] buffer, int len, Level level) {
    char[] table = TABLES[level.ordinal()];
    int w = 0;
    for (int i = 0; i < len; i++) {
      char c = table[buffer[i]];
      if (c != 0) {
        buffer[w++] = c;
      }
    }
    return w;
  }

  /**
   * One table a level, mapping each character to its normalized form, or 0 when it is dropped.
   * Every rule above maps one character to at most one, so a table applies them all in one pass;
   * the STANDARD and LOOSE tables are made by running Lucene's normalizer on each character.
   */
  private static final char[][] TABLES = new char[Level.values().length][];

  static {
    for (Level level : Level.values()) {
      char[] table = new char[Character.MAX_VALUE + 1];
      char[] one = new char[1];
      for (int c = 1; c <= Character.MAX_VALUE; c++) {
        one[0] = (char) c;
        int n = light(one, 1);
        if (n == 1 && level != Level.LIGHT) {
          one[0] = standardExtra(one[0], level);
          n = LUCENE.normalize(one, 1);
          if (n == 1 && level == Level.LOOSE && one[0] == HAMZA) {
            n = 0;
          }
        }
        table[c] = n == 1 ? one[0] : 0;
      }
      TABLES[level.ordinal()] = table;
    }
  }

  /** One character at {@code level}: its normalized form, or 0 when it is dropped. */
  public static char fold(char c, Level level) {
    return TABLES[level.ordinal()][c];
  }

  /** The LIGHT rules, in place; returns the new length. */
  private static int light(char[] b, int len) {
    int w = 0;
    for (int i = 0; i < len; i++) {
      char c = b[i];
      if ((c >= FATHATAN && c <= LAST_HARAKA) || c == SUPERSCRIPT_ALEF || c == TATWEEL
          || (c >= QURANIC_MARK_FIRST && c <= QURANIC_MARK_LAST) || isInvisible(c)) {
        continue;
      }
      if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE) {
        c = (char) ('0' + (c - ARABIC_INDIC_ZERO));
      } else if (c >= PERSIAN_ZERO && c <= PERSIAN_NINE) {
        c = (char) ('0' + (c - PERSIAN_ZERO));
      }
      b[w++] = c;
    }
    return w;
  }

  private static char standardExtra(char c, Level level) {
    if (c < 0x80) {
      return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    }
    switch (c) {
      case ALEF_WASLA:
        return ALEF;
      case PERSIAN_YEH, YEH_BARREE:
        return YEH;
      case KEHEH:
        return KAF;
      case AE, HEH_YEH_ABOVE, HEH_DOACHASHMEE:
        return HEH;
      default:
        break;
    }
    if (level == Level.LOOSE) {
      switch (c) {
        case '\u0624': // waw with hamza above
          return '\u0648';
        case '\u0626': // yeh with hamza above
          return YEH;
        case '\u06AF': // gaf
          return KAF;
        case '\u0686': // tcheh
          return '\u062C';
        case '\u067E': // peh
          return '\u0628';
        case '\u06A4': // veh
          return '\u0641';
        case '\u0698': // jeh
          return '\u0632';
        default:
          break;
      }
    }
    return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
  }

  private static char punctuation(char c) {
    switch (c) {
      case '«', '»', '“', '”', '„', '‹', '›', '″', '‟':
        return '"';
      case '‘', '’', '‚', '′':
        return '\'';
      case ARABIC_COMMA:
        return ',';
      case ARABIC_SEMICOLON:
        return ';';
      case ARABIC_QUESTION_MARK:
        return '?';
      default:
        return c;
    }
  }
}
