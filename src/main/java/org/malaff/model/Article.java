package org.malaff.model;

import java.util.List;
import java.util.Objects;

/**
 * One article of a dossier or an archive.
 *
 * @param id a stable identifier: the article's number in its dossier, a URL, or {@code file#index}
 * @param n the 1-based position in its dossier, or 0 outside a dossier
 * @param headline the headline as shown
 * @param byline outlet, author, place, agency and date as far as the article states them
 * @param body paragraphs and subheadings in order, without the metadata lines
 * @param line the 1-based line of the headline in the input it was read from, or 0
 */
public record Article(String id, int n, String headline, Byline byline, List<Block> body, int line) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(byline, "byline");
    body = List.copyOf(body);
  }

  /** The running text, without subheadings. */
  public List<String> paragraphs() {
    return body.stream().filter(b -> !b.isSubheading()).map(Block::text).toList();
  }

  /** The subheadings, in order. */
  public List<String> subheadings() {
    return body.stream().filter(Block::isSubheading).map(Block::text).toList();
  }

  /** The same article as if read from nowhere in particular (line 0): for comparing content. */
  public Article withoutPosition() {
    return new Article(id, n, headline, byline, body, 0);
  }
}
