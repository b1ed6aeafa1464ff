package org.malaff.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A word, a number or one punctuation character of a folded text, with its span there. Spaces
 * separate tokens and are not tokens.
 */
record Token(Type type, int start, int end, String text) {

  enum Type {
    WORD,
    NUMBER,
    PUNCT
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isNumber() {
    return type == Type.NUMBER;
  }

  boolean isPunct() {
    return type == Type.PUNCT;
  }

  /** The value of a number token; numbers longer than nine digits read as -1. */
  int number() {
    return text.length() > 9 ? -1 : Integer.parseInt(text);
  }

  /** Splits already-folded text into tokens. */
  static List<Token> split(String folded) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = folded.length();
    while (i < n) {
      char c = folded.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c >= '0' && c <= '9') {
        int j = i;
        while (j < n && folded.charAt(j) >= '0' && folded.charAt(j) <= '9') {
          j++;
        }
        out.add(new Token(Type.NUMBER, i, j, folded.substring(i, j)));
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n && Character.isLetter(folded.charAt(j))) {
          j++;
        }
        out.add(new Token(Type.WORD, i, j, folded.substring(i, j)));
        i = j;
      } else {
        out.add(new Token(Type.PUNCT, i, i + 1, String.valueOf(c)));
        i++;
      }
    }
    return out;
  }
}
