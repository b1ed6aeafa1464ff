package org.malaff.extract.ner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a model has met, each with its {@link WordFacts} and, for each reading and {@link
 * WordFacts.Role role}, the sum of its features' weights per label. Most of a token's features
 * belong to one word in one role, so tagging adds five sums and looks up only the context
 * features, instead of some two hundred weights per token and reading. Holds up to {@value #LIMIT}
 * words and starts afresh when full; safe for several threads.
 */
final class KnownWords {
  static final int LIMIT = 50_000;
  private static final int READINGS = 2;

  /** A word's facts and its sums: {@code sums[((reading × roles) + role) × labels + label]}. */
  static final class Known {
    private final WordFacts facts;
    private final float[] sums;
    /** How many times the word was asked for since the cache was last full. */
    private int uses = 1;

    private Known(WordFacts facts, float[] sums) {
      this.facts = facts;
      this.sums = sums;
    }

    WordFacts facts() {
      return facts;
    }

    void addTo(int reading, WordFacts.Role role, float[] scores) {
      int base = (reading * WordFacts.ROLES + role.ordinal()) * Labels.COUNT;
      for (int l = 0; l < Labels.COUNT; l++) {
        scores[l] += sums[base + l];
      }
    }
  }

  private final NerFeatures features;
  private final Weights[] weights;
  private final int limit;
  private final Map<String, Known> words = new ConcurrentHashMap<>();
  private final Known start;
  private final Known end;

  KnownWords(NerFeatures features, Weights first, Weights second) {
    this(features, first, second, LIMIT);
  }

  /** Keeps up to {@code limit} words. */
  KnownWords(NerFeatures features, Weights first, Weights second, int limit) {
    this.features = features;
    this.limit = limit;
    this.weights = new Weights[] {first, second};
    this.start = known(features.start());
    this.end = known(features.end());
  }

  /** The token's facts and sums, worked out the first time it is met. */
  Known of(String token) {
    Known k = words.get(token);
    if (k != null) {
      k.uses++;
      return k;
    }
    if (words.size() >= limit) {
      makeRoom();
    }
    k = known(features.facts(token));
    words.put(token, k);
    return k;
  }

  /** Lets go of the words met once since the cache was last full; the others start counting again, from one. */
  private synchronized void makeRoom() {
    if (words.size() < limit) {
      return;
    }
    words.values().removeIf(k -> k.uses < 2);
    if (words.size() > limit / 2) {
      words.clear();
    }
    words.values().forEach(k -> k.uses = 1);
  }

  /** Whether the word's facts and sums are kept now. */
  boolean keeps(String token) {
    return words.containsKey(token);
  }

  /** What stands before a sentence's first word. */
  Known start() {
    return start;
  }

  /** What stands after a sentence's last word. */
  Known end() {
    return end;
  }

  private Known known(WordFacts facts) {
    float[] sums = new float[READINGS * WordFacts.ROLES * Labels.COUNT];
    float[] scores = new float[Labels.COUNT];
    for (int r = 0; r < READINGS; r++) {
      for (WordFacts.Role role : WordFacts.Role.values()) {
        java.util.Arrays.fill(scores, 0);
        for (int h : facts.features(role)) {
          weights[r].addTo(features.cut(h), scores);
        }
        System.arraycopy(scores, 0, sums, (r * WordFacts.ROLES + role.ordinal()) * Labels.COUNT, Labels.COUNT);
      }
    }
    return new Known(facts.withoutFeatures(), sums);
  }
}
