package org.malaff.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the quoted spans of a paragraph: between « and » (nested guillemets kept inside the outer
 * span, one level deep; when a nested « is left open — "«8 مارس «" typed for "«8 مارس»" — the first »
 * closes), “ and ” (or „ and “, or “ and “), ” and “ where ” stands where a quotation opens (typed
 * mirrored), and straight double quotes. A straight mark does not say whether
 * it opens or closes, but its neighbours usually do: after a space and before a word it opens,
 * after a word and before a space or a punctuation mark it closes. So a name quoted inside a quote
 * — {@code "من الأفضل، دون انتظار عقد "جنيف 2"، بدء …"} — stays inside it, one level deep. Where
 * the marks of a paragraph do not balance that way, they are paired in order. The last mark of a
 * paragraph, when it opens and is never closed, quotes to the paragraph's end: a quotation of
 * several paragraphs is closed only in its last, and a closing mark is the one most often lost.
 * Any other opening mark without its closing mark quotes nothing.
 */
public final class QuoteSpans {
  private QuoteSpans() {}

  /** A quoted span: {@code [start, end)} of the text inside the marks. */
  public record Span(int start, int end) {}

  /** The quoted spans of {@code paragraph}, in order, outermost only. */
  public static List<Span> find(String paragraph) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    int n = paragraph.length();
    StraightQuotes straight = new StraightQuotes(paragraph);
    while (i < n) {
      char c = paragraph.charAt(i);
      int close = -1;
      if (c == '«') {
        close = matchGuillemet(paragraph, i);
        if (close < 0) {
          close = paragraph.indexOf('»', i + 1); // a mark left open inside: the first » closes
        }
      } else if (c == '“' || c == '„') {
        close = paragraph.indexOf('”', i + 1);
        if (close < 0) {
          close = paragraph.indexOf('“', i + 1);
        }
      } else if (c == '”' && opens(paragraph, i)) {
        int mirrored = paragraph.indexOf('“', i + 1); // typed mirrored, as right-to-left keyboards often give: ”…“
        int same = paragraph.indexOf('”', i + 1);
        close = mirrored < 0 ? same : same < 0 ? mirrored : Math.min(mirrored, same);
      } else if (c == '"') {
        close = straight.closing(i);
      }
      if (close < 0 && isQuoteMark(c) && c != '”' && c != '»' && isLastMark(paragraph, i)
          && (c != '"' || straight.followsSpace(i))) {
        close = trimmedEnd(paragraph); // left open to the end of the paragraph
      }
      if (close > i + 1) {
        spans.add(new Span(i + 1, close));
        i = close + 1;
      } else {
        i++;
      }
    }
    return spans;
  }

  /** Whether a mark stands where a quotation opens: at the start or after a space or colon, before a word. */
  private static boolean opens(String s, int at) {
    boolean before = at == 0 || Character.isWhitespace(s.charAt(at - 1)) || s.charAt(at - 1) == ':';
    return before && at + 1 < s.length() && !Character.isWhitespace(s.charAt(at + 1));
  }

  private static boolean isQuoteMark(char c) {
    return c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '"';
  }

  private static boolean isLastMark(String s, int at) {
    for (int j = at + 1; j < s.length(); j++) {
      if (isQuoteMark(s.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  private static int trimmedEnd(String s) {
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static int matchGuillemet(String s, int open) {
    int depth = 0;
    for (int j = open; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '«' && ++depth > 2) {
        return -1; // quotations are nested one deep at most: a mark was left open
      } else if (c == '»' && --depth == 0) {
        return j;
      }
    }
    return -1;
  }

  /** Where each straight double quote of a paragraph closes, read from what stands around it. */
  private static final class StraightQuotes {
    private final String text;
    private int[] closing; // by mark index, -1 for a mark that closes or quotes nothing
    private int[] marks;

    StraightQuotes(String text) {
      this.text = text;
    }

    /** The closing mark of the straight quote opened at {@code open}, or the next mark. */
    int closing(int open) {
      if (marks == null) {
        pair();
      }
      int m = Arrays.binarySearch(marks, open);
      if (m >= 0 && closing[m] >= 0) {
        return closing[m];
      }
      return text.indexOf('"', open + 1);
    }

    private void pair() {
      marks = new int[8];
      int count = 0;
      for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
        if (count == marks.length) {
          marks = Arrays.copyOf(marks, count * 2);
        }
        marks[count++] = i;
      }
      marks = Arrays.copyOf(marks, count);
      closing = new int[count];
      Arrays.fill(closing, -1);
      int[] open = new int[2];
      int depth = 0;
      boolean paired = true;
      for (int m = 0; m < count && paired; m++) {
        int at = marks[m];
        boolean opens = isSpace(at - 1) && !isSpace(at + 1);
        boolean closes = looksClosing(at);
        if (opens == closes) { // neither or both: it closes what is open, else opens
          opens = depth == 0;
        }
        if (opens) {
          paired = depth < open.length; // deeper than one level: not read this way
          if (paired) {
            open[depth++] = m;
          }
        } else if (depth > 0) {
          int o = open[--depth];
          if (depth == 0) {
            closing[o] = at;
          }
        } else {
          paired = false; // closes what was never opened
        }
      }
      if (!paired || depth != 0) {
        Arrays.fill(closing, -1); // they do not pair this way: taken in order
      }
    }

    /** After a space, a colon, a parenthesis or at the start. */
    boolean followsSpace(int at) {
      return isSpace(at - 1);
    }

    /** After a word and before a space, a punctuation mark or the end. */
    boolean looksClosing(int at) {
      return !isSpace(at - 1) && (isSpace(at + 1) || isPunctuation(at + 1));
    }

    private boolean isSpace(int i) {
      return i < 0 || i >= text.length() || Character.isWhitespace(text.charAt(i))
          || text.charAt(i) == '(' || text.charAt(i) == ':';
    }

    private boolean isPunctuation(int i) {
      char c = text.charAt(i);
      return c == '،' || c == '.' || c == ',' || c == '؛' || c == ';' || c == ')' || c == '؟'
          || c == '?' || c == '!' || c == ':' || c == '-';
    }
  }
}
