package org.malaff.text;

import java.util.ArrayList;
import java.util.List;
import org.malaff.text.ArabicNormalizer.Level;

/**
 * Cuts text into normalized words: runs of letters, digits, combining marks (harakat) and
 * zero-width joiners, normalized by {@link ArabicNormalizer}. Punctuation, quotes and spaces of
 * every kind separate words and are not words.
 *
 * <p>The hot path, {@link #hashWords}, hashes each normalized word into 64 bits without making a
 * string.
 */
public final class ArabicTokenizer {
  private ArabicTokenizer() {}

  /** True for a character that belongs to a word. */
  public static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if ((c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A')) {
      return true; // the Arabic letters: most characters of the text
    }
    if (c == '\u200C' || c == '\u200D') {
      return true; // ZWNJ and ZWJ inside Persian and Arabic words
    }
    if (c >= ArabicLetters.PRESENTATION_A_FIRST && c <= ArabicLetters.PRESENTATION_B_LAST) {
      return c != '\uFD3E' && c != '\uFD3F'; // ornate parentheses
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /** The normalized words of {@code text}. */
  public static List<String> words(String text, Level level) {
    List<String> out = new ArrayList<>();
    eachWord(text, level, (chars, n) -> out.add(new String(chars, 0, n)));
    return out;
  }

  /** Receives one normalized word, in a buffer that is reused for the next. */
  @FunctionalInterface
  private interface WordSink {
    void word(char[] chars, int length);
  }

  /** Calls {@code sink} with each normalized, non-empty word of {@code text}; returns how many. */
  private static int eachWord(String text, Level level, WordSink sink) {
    WordBuffer w = new WordBuffer();
    int count = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (isWordChar(c)) {
        w.add(c);
      } else if (w.length > 0) {
        int n = ArabicNormalizer.normalizeWord(w.chars, w.length, level);
        if (n > 0) {
          sink.word(w.chars, n);
          count++;
        }
        w.length = 0;
      }
    }
    return count;
  }

  /** Receives word hashes. */
  @FunctionalInterface
  public interface WordHashSink {
    void word(long hash);
  }

  /** The hashes of the normalized words of {@code text}, in order. */
  public static long[] wordHashes(String text, Level level) {
    long[][] holder = {new long[Math.max(16, text.length() / 5)]};
    int n = eachWord(text, level, new WordSink() {
      private int k;

      @Override
      public void word(char[] chars, int length) {
        if (k == holder[0].length) {
          holder[0] = java.util.Arrays.copyOf(holder[0], k * 2);
        }
        holder[0][k++] = Hashing.chars(chars, length);
      }
    });
    return java.util.Arrays.copyOf(holder[0], n);
  }

  /** Hashes each normalized word of {@code text}, in order, and returns how many there were. */
  public static int hashWords(String text, Level level, WordHashSink sink) {
    return eachWord(text, level, (chars, n) -> sink.word(Hashing.chars(chars, n)));
  }
}
