package org.malaff.model;

import java.util.Objects;

/**
 * A name as one article writes it.
 *
 * @param article the article's id
 * @param paragraph the paragraph's index in the article's paragraphs
 * @param start where the name starts in the paragraph
 * @param end where it ends (exclusive)
 * @param text the name as written
 * @param type what it names
 * @param role the title or role written next to it ("نائب وزير الخارجية الروسي"), or {@code null}
 */
public record Mention(String article, int paragraph, int start, int end, String text, EntityType type, String role) {
  public Mention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
