package org.malaff.extract;

import java.util.ArrayList;
import java.util.List;
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
    /** The normalized form without a leading conjunction و or ف. */
    String bare() {
      return norm.length() > 3 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
    }
  }

  private WordSpans() {}

  static List<Word> of(String paragraph) {
    List<Word> out = new ArrayList<>();
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
        out.add(new Word(i, j, text, ArabicNormalizer.normalize(text, Level.STANDARD), punct));
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
