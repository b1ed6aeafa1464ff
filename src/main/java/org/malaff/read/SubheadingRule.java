package org.malaff.read;

/**
 * When a line of an article's body is a subheading rather than a paragraph; one rule for every
 * reader, so that an article written out and read back keeps its structure.
 *
 * <p>A line is a subheading when all of these hold: a longer line follows it; it has at most 20
 * words and 140 characters; it holds no ellipsis ({@code ...}, {@code …}), which marks verse and
 * running text; it does not end with a full stop, colon, comma, semicolon, closing quote or
 * bracket; and if it ends with {@code !} or {@code ?}/{@code ؟} it has at most six words ({@code
 * إشادة ولكن!}).
 */
public final class SubheadingRule {
  private static final int MAX_WORDS = 20;
  private static final int MAX_CHARS = 140;
  private static final int MAX_EXCLAIMED_WORDS = 6;
  private static final String FINAL_PUNCTUATION = ".:؛;،,\"»”)…'’]";

  private SubheadingRule() {}

  /** Whether {@code line}, followed by {@code next} (null at the end), is a subheading. */
  public static boolean isSubheading(String line, String next) {
    if (next == null || next.length() <= line.length() || line.length() > MAX_CHARS) {
      return false;
    }
    if (line.contains("...") || line.indexOf('…') >= 0) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (FINAL_PUNCTUATION.indexOf(last) >= 0) {
      return false;
    }
    int words = countWords(line);
    if (words > MAX_WORDS) {
      return false;
    }
    return !(last == '!' || last == '?' || last == '؟') || words <= MAX_EXCLAIMED_WORDS;
  }

  private static int countWords(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u00A0';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
