package org.malaff.extract;

import java.util.ArrayList;
import java.util.List;
import org.malaff.text.ArabicLetters;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;
import org.malaff.text.ArabicTokenizer;

/**
 * The words of a paragraph with their offsets, their STANDARD form, and whether punctuation
 * stands between a word and the one before it.
 */
final class WordSpans {
  /** One word. */
  record Word(int start, int end, String text, String norm, boolean afterPunctuation) {
    /** True when the word, or the word without a leading و or ف, is in {@code set}. */
    boolean in(java.util.Set<String> set) {
      return set.contains(norm) || set.contains(bare());
    }

    /** 0 when the word itself is in {@code set}, 1 when only its form without و/ف is. */
    int prefixIn(java.util.Set<String> set) {
      return set.contains(norm) ? 0 : 1;
    }

    /** The normalized form without a leading conjunction و or ف. */
    String bare() {
      return norm.length() > 3 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
    }
  }

  private WordSpans() {}

  static List<Word> of(String paragraph) {
    List<Word> out = new ArrayList<>();
    char[] buffer = new char[32];
    int i = 0;
    int n = paragraph.length();
    boolean punct = true;
    while (i < n) {
      char c = paragraph.charAt(i);
      if (ArabicTokenizer.isWordChar(c)) {
        int j = i;
        while (j < n && ArabicTokenizer.isWordChar(paragraph.charAt(j))) {
          j++;
        }
        String text = paragraph.substring(i, j);
        if (buffer.length < j - i) {
          buffer = new char[(j - i) * 2];
        }
        text.getChars(0, j - i, buffer, 0);
        boolean plain = true;
        for (int k = 0; k < j - i && plain; k++) {
          plain = buffer[k] < ArabicLetters.PRESENTATION_A_FIRST;
        }
        String norm = plain ? new String(buffer, 0, ArabicNormalizer.normalizeWord(buffer, j - i, Level.STANDARD))
            : ArabicNormalizer.normalize(text, Level.STANDARD);
        out.add(new Word(i, j, text, norm, punct));
        punct = false;
        i = j;
      } else {
        if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u200F' && c != '\u200E') {
          punct = true;
        }
        i++;
      }
    }
    return out;
  }
}
