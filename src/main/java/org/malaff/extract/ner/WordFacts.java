package org.malaff.extract.ner;

/**
 * What the recognizer knows of one token by itself: the token as written, its normalized form and
 * stem, the lists it is in, and its hashed features in each {@link Role}: those it gives itself and
 * those it gives, as a neighbour, to the words up to two places before and after it.
 *
 * <p>Every feature of a token in a sentence is one of these (a function of one word and its place)
 * or a feature of the context ({@link NerFeatures}: word pairs, phrases, bonds). So a model can
 * sum a word's weights in each role once and reuse the sums wherever the word comes again.
 */
final class WordFacts {
  /** Where a word stands relative to the token being tagged. */
  enum Role {
    SELF(0), BEFORE(-1), AFTER(1), TWO_BEFORE(-2), TWO_AFTER(2);

    final int offset;

    Role(int offset) {
      this.offset = offset;
    }
  }

  static final int ROLES = Role.values().length;

  final String token;
  final String word;
  final String stem;
  final String lists;
  /** The {@link NameWords#KINDS} the word or its stem is among, as bits. */
  final int nameKinds;
  /** Per role (by ordinal): the features, hashed but not yet cut to the model's bits; null once summed. */
  private final int[][] features;
  /**
   * The cue the word gives, in a {@link DocumentMemory}, to the word after it ("p:" + word) and to
   * the word before it ("n:" + word), as hashed features.
   */
  final int cueBefore;
  final int cueAfter;

  WordFacts(String token, String word, String stem, String lists, int nameKinds, int[][] features) {
    this(token, word, stem, lists, nameKinds, features, DocumentMemory.cue("p:", word), DocumentMemory.cue("n:", word));
  }

  private WordFacts(String token, String word, String stem, String lists, int nameKinds, int[][] features,
      int cueBefore, int cueAfter) {
    this.token = token;
    this.word = word;
    this.stem = stem;
    this.lists = lists;
    this.nameKinds = nameKinds;
    this.features = features;
    this.cueBefore = cueBefore;
    this.cueAfter = cueAfter;
  }

  /** The word's features in {@code role}, hashed but not cut to the model's bits (do not change the array). */
  int[] features(Role role) {
    if (features == null) {
      throw new IllegalStateException("the features of \"" + token + "\" were summed and let go");
    }
    return features[role.ordinal()];
  }

  /** The same facts without the features, for a word whose feature weights are summed already. */
  WordFacts withoutFeatures() {
    return new WordFacts(token, word, stem, lists, nameKinds, null, cueBefore, cueAfter);
  }
}
