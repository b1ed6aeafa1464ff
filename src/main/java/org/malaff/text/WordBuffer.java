package org.malaff.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The characters of the word being read, growing as needed. Presentation forms are decomposed as
 * they are added (ﻻ adds ل and ا), so word normalization works on base letters only.
 */
final class WordBuffer {
  char[] chars = new char[32];
  int length;

  void add(char c) {
    if (c >= ArabicLetters.PRESENTATION_A_FIRST && c <= ArabicLetters.PRESENTATION_B_LAST) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      for (int i = 0; i < d.length(); i++) {
        if (ArabicTokenizer.isWordChar(d.charAt(i))) {
          put(d.charAt(i));
        }
      }
      return;
    }
    put(c);
  }

  private void put(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, length * 2);
    }
    chars[length++] = c;
  }
}
