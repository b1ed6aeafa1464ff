package org.malaff.format;

import java.util.ArrayList;
import java.util.List;
import org.malaff.text.Whitespace;

/**
 * The lines of an input, cleaned for reading: control characters removed (and counted), quoting
 * marks ({@code > }) at the start removed, surrounding spaces of every kind trimmed. Line {@code i}
 * of the list is input line {@code i + 1}.
 */
final class SourceLines {
  private final List<String> lines;
  private final int controlCharacters;

  private SourceLines(List<String> lines, int controlCharacters) {
    this.lines = lines;
    this.controlCharacters = controlCharacters;
  }

  static SourceLines of(String text) {
    List<String> out = new ArrayList<>(Math.max(16, text.length() / 200));
    int bad = 0;
    int n = text.length();
    StringBuilder sb = new StringBuilder(256);
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        out.add(clean(sb));
        sb.setLength(0);
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (org.malaff.text.ControlCharacters.isBad(c)) {
        bad++;
      } else {
        sb.append(c);
      }
    }
    if (n > 0 && endsWithBreak(text)) {
      out.remove(out.size() - 1); // a final line break ends the last line, it opens none
    }
    return new SourceLines(List.copyOf(out), bad);
  }

  private static boolean endsWithBreak(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '\n' || last == '\r';
  }

  private static String clean(StringBuilder sb) {
    int from = 0;
    int to = sb.length();
    while (from < to && Whitespace.isTrimmable(sb.charAt(from))) {
      from++;
    }
    while (from < to && sb.charAt(from) == '>') {
      from++;
      while (from < to && Whitespace.isTrimmable(sb.charAt(from))) {
        from++;
      }
    }
    while (to > from && Whitespace.isTrimmable(sb.charAt(to - 1))) {
      to--;
    }
    return sb.substring(from, to);
  }


  int size() {
    return lines.size();
  }

  String get(int index) {
    return lines.get(index);
  }

  List<String> subList(int from, int to) {
    return lines.subList(from, to);
  }

  int controlCharacters() {
    return controlCharacters;
  }

  /** True for a line of five or more {@code =} and nothing else: the article separator. */
  static boolean isSeparator(String line) {
    if (line.length() < 5) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) != '=') {
        return false;
      }
    }
    return true;
  }
}
