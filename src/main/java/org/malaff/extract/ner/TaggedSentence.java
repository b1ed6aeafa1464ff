package org.malaff.extract.ner;

import java.util.List;

/** A sentence of a tagged corpus: its tokens and one BIO tag per token ("O", "B-PERS", "I-LOC" …). */
public record TaggedSentence(List<String> tokens, List<String> tags) {
  public TaggedSentence {
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
    }
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
  }

  public int size() {
    return tokens.size();
  }
}
