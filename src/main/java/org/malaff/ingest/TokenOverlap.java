package org.malaff.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of a gold text an extraction found: precision, recall and F1 over whitespace tokens
 * counted as multisets (a word found twice counts twice only if the gold has it twice). The measure
 * the extraction benchmark and tests use, and the one bench/readability/score.js repeats for Mozilla
 * Readability.
 */
public record TokenOverlap(double precision, double recall, int found, int gold) {
  public static TokenOverlap of(String extracted, String goldText) {
    List<String> g = tokens(goldText);
    List<String> x = tokens(extracted);
    Map<String, Integer> left = new HashMap<>();
    g.forEach(t -> left.merge(t, 1, Integer::sum));
    int common = 0;
    for (String t : x) {
      Integer c = left.get(t);
      if (c != null && c > 0) {
        common++;
        left.put(t, c - 1);
      }
    }
    return new TokenOverlap(x.isEmpty() ? 0 : common / (double) x.size(), g.isEmpty() ? 0 : common / (double) g.size(),
        x.size(), g.size());
  }

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static List<String> tokens(String s) {
    String t = s.strip();
    return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
  }
}
