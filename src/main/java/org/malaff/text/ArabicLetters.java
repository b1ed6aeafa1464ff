package org.malaff.text;

/** Named Arabic and related code points, so that logic never shows a bare code point. */
public final class ArabicLetters {
  public static final char HAMZA = '\u0621';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char ALEF = '\u0627';
  public static final char ALEF_WASLA = '\u0671';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char HEH = '\u0647';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char KAF = '\u0643';
  public static final char TATWEEL = '\u0640';
  public static final char FATHATAN = '\u064B';
  public static final char LAST_HARAKA = '\u065F';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char QURANIC_MARK_FIRST = '\u06D6';
  public static final char QURANIC_MARK_LAST = '\u06ED';
  public static final char ARABIC_INDIC_ZERO = '\u0660';
  public static final char ARABIC_INDIC_NINE = '\u0669';
  public static final char PERSIAN_ZERO = '\u06F0';
  public static final char PERSIAN_NINE = '\u06F9';
  public static final char PERSIAN_YEH = '\u06CC';
  public static final char YEH_BARREE = '\u06D2';
  public static final char KEHEH = '\u06A9';
  public static final char AE = '\u06D5';
  public static final char HEH_YEH_ABOVE = '\u06C0';
  public static final char HEH_DOACHASHMEE = '\u06BE';
  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  public static final char NO_BREAK_SPACE = '\u00A0';
  public static final char SOFT_HYPHEN = '\u00AD';
  public static final char ZERO_WIDTH_SPACE = '\u200B';
  public static final char RIGHT_TO_LEFT_MARK = '\u200F';
  public static final char BIDI_EMBEDDING_FIRST = '\u202A';
  public static final char BIDI_EMBEDDING_LAST = '\u202E';
  public static final char BIDI_ISOLATE_FIRST = '\u2066';
  public static final char BIDI_ISOLATE_LAST = '\u2069';
  public static final char BYTE_ORDER_MARK = '\uFEFF';
  public static final char PRESENTATION_A_FIRST = '\uFB50';
  public static final char PRESENTATION_A_LAST = '\uFDFF';
  public static final char PRESENTATION_B_FIRST = '\uFE70';
  public static final char PRESENTATION_B_LAST = '\uFEFE';

  private ArabicLetters() {}

  /** True for a letter of the Arabic block or its presentation forms. */
  public static boolean isArabicLetter(char c) {
    return (c >= '\u0620' && c <= '\u064A')
        || (c >= '\u066E' && c <= '\u06D3')
        || (c >= PRESENTATION_A_FIRST && c <= PRESENTATION_A_LAST)
        || (c >= PRESENTATION_B_FIRST && c <= PRESENTATION_B_LAST);
  }

  /** True for characters that carry no visible text: bidi controls, zero-width marks, BOM. */
  public static boolean isInvisible(char c) {
    return (c >= ZERO_WIDTH_SPACE && c <= RIGHT_TO_LEFT_MARK)
        || (c >= BIDI_EMBEDDING_FIRST && c <= BIDI_EMBEDDING_LAST)
        || (c >= BIDI_ISOLATE_FIRST && c <= BIDI_ISOLATE_LAST)
        || c == BYTE_ORDER_MARK
        || c == SOFT_HYPHEN
        || c == '\u2060';
  }

  /** True for white space of any kind, the no-break and typographic spaces included. */
  public static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == NO_BREAK_SPACE
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }
}
