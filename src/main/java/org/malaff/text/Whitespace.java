package org.malaff.text;

/**
 * Trimming that knows every space of Arabic web text: the no-break and typographic spaces, and
 * the invisible bidi and zero-width marks that stand at the ends of pasted lines.
 * {@link String#strip()} leaves the no-break space in place.
 */
public final class Whitespace {
  private Whitespace() {}

  /** True for a space of any kind or an invisible mark. */
  public static boolean isTrimmable(char c) {
    return ArabicLetters.isSpace(c) || Character.isWhitespace(c) || ArabicLetters.isInvisible(c);
  }

  /** {@code text} without spaces or invisible marks at either end. */
  public static String trim(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isTrimmable(text.charAt(from))) {
      from++;
    }
    while (to > from && isTrimmable(text.charAt(to - 1))) {
      to--;
    }
    return from == 0 && to == text.length() ? text : text.substring(from, to);
  }
}
