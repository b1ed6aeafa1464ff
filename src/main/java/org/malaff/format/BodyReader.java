package org.malaff.format;

import java.util.ArrayList;
import java.util.List;
import org.malaff.model.Block;

/**
 * Cuts an article's body lines into paragraphs and subheadings. Each non-blank line is one block.
 *
 * <p>A line is a subheading when all of these hold: a longer line follows it; it has at most 20
 * words and 140 characters; it holds no ellipsis ({@code ...}, {@code …}), which marks verse and
 * running text; it does not end with a full stop, colon, comma, semicolon, closing quote or
 * bracket; and if it ends with {@code !} or {@code ?}/{@code ؟} it has at most six words ({@code
 * إشادة ولكن!}).
 */
final class BodyReader {
  private static final int MAX_WORDS = 20;
  private static final int MAX_CHARS = 140;
  private static final int MAX_EXCLAIMED_WORDS = 6;
  private static final String FINAL_PUNCTUATION = ".:؛;،,\"»”)…'’]";

  private BodyReader() {}

  static List<Block> read(List<String> lines) {
    List<String> texts = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (!line.isEmpty()) {
        texts.add(line);
      }
    }
    List<Block> blocks = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      String next = i + 1 < texts.size() ? texts.get(i + 1) : null;
      blocks.add(isSubheading(t, next) ? Block.subheading(t) : Block.paragraph(t));
    }
    return blocks;
  }

  static boolean isSubheading(String line, String next) {
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
