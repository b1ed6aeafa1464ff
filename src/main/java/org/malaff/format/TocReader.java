package org.malaff.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.malaff.text.FoldedText;
import org.malaff.text.MatchKey;
import org.malaff.text.Whitespace;

/**
 * Reads the headline list: a heading line ({@code عناوين الملف}) followed by numbered lines
 * ({@code 1.     headline}, with any digits and any spaces, the no-break space included; {@code
 * 1)} and {@code 1-} too). The list ends at the first line that is neither numbered nor blank.
 */
final class TocReader {
  private static final Set<String> HEADINGS =
      Set.of("عناوين الملف", "عناوين", "فهرس الملف", "محتويات الملف", "العناوين", "فهرس");
  /** The heading is looked for only this far into a dossier. */
  static final int SEARCH_LINES = 40;

  private TocReader() {}

  /** The list's entries and where it ends. */
  record Toc(List<String> entries, List<Integer> numbers, List<Integer> lines, int headingLine, int end) {}

  static boolean isTocHeading(String line) {
    return line.length() < 30 && HEADINGS.contains(MatchKey.of(line));
  }

  /** The index of the heading line, or -1. */
  static int findHeading(SourceLines lines) {
    int limit = Math.min(lines.size(), SEARCH_LINES);
    for (int i = 0; i < limit; i++) {
      if (SourceLines.isSeparator(lines.get(i))) {
        return -1;
      }
      if (isTocHeading(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  static Toc read(SourceLines lines, int heading) {
    List<String> entries = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    List<Integer> entryLines = new ArrayList<>();
    int i = heading + 1;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      int number = numberPrefix(line);
      if (number < 0) {
        break;
      }
      numbers.add(number);
      entryLines.add(i + 1);
      entries.add(Whitespace.trim(line.substring(afterNumber(line))));
    }
    return new Toc(entries, numbers, entryLines, heading, i);
  }

  /** The entry number a line starts with, or -1. */
  private static int numberPrefix(String line) {
    String folded = FoldedText.of(line.substring(0, Math.min(line.length(), 8))).folded();
    int j = 0;
    while (j < folded.length() && Character.isDigit(folded.charAt(j))) {
      j++;
    }
    if (j == 0 || j > 4 || j >= folded.length() || ".)-".indexOf(folded.charAt(j)) < 0) {
      return -1;
    }
    return Integer.parseInt(folded.substring(0, j));
  }

  private static int afterNumber(String line) {
    int j = 0;
    while (j < line.length() && Character.isDigit(line.charAt(j))) {
      j++;
    }
    return Math.min(line.length(), j + 1);
  }
}
