package org.malaff.text;

/**
 * Keys for looking words up in gazetteers: the text folded by {@link FoldedText}'s rules, with
 * every run of characters that are neither letters nor digits (punctuation, quotes of any kind,
 * spaces) turned into one space, and trimmed. {@code «الشرق الأوسط»} and {@code الشرق الاوسط}
 * have the same key.
 */
public final class MatchKey {
  private MatchKey() {}

  /** The match key of {@code text}; empty when it holds no letter or digit. */
  public static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= ArabicLetters.PRESENTATION_A_FIRST) {
        // rare: decompose through the full folding
        for (char d : FoldedText.of(String.valueOf(c)).folded().toCharArray()) {
          pendingSpace = append(out, d, pendingSpace);
        }
        continue;
      }
      char f = FoldedText.fold(c);
      if (f != 0) {
        pendingSpace = append(out, f, pendingSpace);
      }
    }
    return out.toString();
  }

  private static boolean append(StringBuilder out, char c, boolean pendingSpace) {
    if (Character.isLetterOrDigit(c)) {
      if (pendingSpace && out.length() > 0) {
        out.append(' ');
      }
      out.append(c);
      return false;
    }
    return true;
  }
}
