package org.malaff.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted spans of a paragraph: between « and » (nested guillemets kept inside the outer
 * span, one level deep; when a nested « is left open — "«8 مارس «" typed for "«8 مارس»" — the first »
 * closes), “ and ” (or „ and “), and pairs of straight double quotes taken in order within the
 * paragraph. An opening mark without its closing mark quotes nothing.
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
        if (close < 0 && c == '„') {
          close = paragraph.indexOf('“', i + 1);
        }
      } else if (c == '"') {
        close = paragraph.indexOf('"', i + 1);
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
}
