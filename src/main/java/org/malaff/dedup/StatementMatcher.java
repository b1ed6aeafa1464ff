package org.malaff.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.malaff.model.StatementLink;
import org.malaff.text.ArabicStopWords;
import org.malaff.text.ArabicNormalizer.Level;
import org.malaff.text.ArabicTokenizer;
import org.malaff.text.QuoteSpans;

/**
 * Finds the same statement quoted by different articles, also when translators chose other words
 * ("إذا تمكّن شركاؤنا الأميركيون … من تشكيل وفد موحّد" and "اذا استطاع زملاؤنا الامريكيون … تشكيل وفد
 * موحد").
 *
 * <p>Each quote of at least {@value #MIN_WORDS} words becomes a set of content stems: words
 * normalized at {@link Level#LOOSE}, Lucene's Arabic stop words dropped, Lucene's light stemmer
 * applied (ال، وال، بال، لل … and ها، ات، ون، ين، ة … removed). Quotes that share at least {@value
 * #MIN_SHARED} stems are found through an inverted index of stems (stems in more than {@value
 * #MAX_POSTING} quotes are too common to count); a pair is the same statement when the shared
 * stems are at least {@value #MIN_OVERLAP} of the shorter quote's.
 *
 * <p>This is a soft signal: it finds the same statement in other words, and also, at times, the
 * same position in close words by another speaker (weighting stems by their rarity was tried and
 * lost true pairs in a dossier, where there are too few quotes to know what is rare); telling the
 * speakers apart is the work of quote attribution.
 */
public final class StatementMatcher {
  static final int MIN_WORDS = 5;
  static final int MIN_SHARED = 4;
  static final double MIN_OVERLAP = 0.5;
  static final int MAX_POSTING = 200;

  private static final Set<String> STOP = ArabicStopWords.at(Level.LOOSE);
  private final ArabicStemmer stemmer = new ArabicStemmer();

  /** One quote of one article. */
  private record Quote(int article, String text, String[] stems) {}

  /**
   * The statement links among articles given as their paragraphs; pairs in {@code skip} (ids
   * joined by a tab, as "a\tb") are not reported, since they are copies of each other anyway.
   */
  public List<StatementLink> find(List<String> ids, List<List<String>> paragraphs, Set<String> skip) {
    List<Quote> quotes = new ArrayList<>();
    for (int a = 0; a < paragraphs.size(); a++) {
      for (String p : paragraphs.get(a)) {
        for (QuoteSpans.Span s : QuoteSpans.find(p)) {
          String text = p.substring(s.start(), s.end()).strip();
          String[] stems = stems(text);
          if (stems.length >= MIN_WORDS - 1 && text.split("\\s+").length >= MIN_WORDS) {
            quotes.add(new Quote(a, text, stems));
          }
        }
      }
    }
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int q = 0; q < quotes.size(); q++) {
      for (String stem : quotes.get(q).stems()) {
        postings.computeIfAbsent(stem, k -> new ArrayList<>()).add(q);
      }
    }
    Map<String, StatementLink> best = new HashMap<>();
    int[] shared = new int[quotes.size()];

    for (int q = 0; q < quotes.size(); q++) {
      Quote x = quotes.get(q);
      List<Integer> touched = new ArrayList<>();
      for (String stem : x.stems()) {
        List<Integer> list = postings.get(stem);
        if (list.size() > MAX_POSTING) {
          continue;
        }
        for (int r : list) {
          if (r > q && quotes.get(r).article() != x.article()) {
            if (shared[r]++ == 0) {
              touched.add(r);
            }
          }
        }
      }
      for (int r : touched) {
        Quote y = quotes.get(r);
        double overlap = shared[r] / (double) Math.min(x.stems().length, y.stems().length);
        if (shared[r] >= MIN_SHARED && overlap >= MIN_OVERLAP) {
          record(best, ids, x, y, overlap, skip);
        }
        shared[r] = 0;
      }
    }
    List<StatementLink> out = new ArrayList<>(best.values());
    out.sort((l, m) -> {
      int c = Integer.compare(ids.indexOf(l.a()), ids.indexOf(m.a()));
      return c != 0 ? c : Integer.compare(ids.indexOf(l.b()), ids.indexOf(m.b()));
    });
    return out;
  }

  private static void record(Map<String, StatementLink> best, List<String> ids, Quote x, Quote y, double score,
      Set<String> skip) {
    Quote first = x.article() < y.article() ? x : y;
    Quote second = first == x ? y : x;
    String a = ids.get(first.article());
    String b = ids.get(second.article());
    if (skip.contains(a + "\t" + b) || skip.contains(b + "\t" + a)) {
      return;
    }
    String key = a + "\t" + b;
    StatementLink old = best.get(key);
    double rounded = Math.round(score * 1000) / 1000.0;
    if (old == null || old.score() < rounded) {
      best.put(key, new StatementLink(a, b, first.text(), second.text(), rounded));
    }
  }

  /** The distinct content stems of a quote. */
  String[] stems(String text) {
    Set<String> out = new HashSet<>();
    for (String w : ArabicTokenizer.words(text, Level.LOOSE)) {
      if (w.length() < 2 || STOP.contains(w) || Character.isDigit(w.charAt(0))) {
        continue;
      }
      char[] chars = w.toCharArray();
      int n = stemmer.stem(chars, chars.length);
      if (n >= 2) {
        out.add(new String(chars, 0, n));
      }
    }
    String[] s = out.toArray(new String[0]);
    Arrays.sort(s);
    return s;
  }
}
