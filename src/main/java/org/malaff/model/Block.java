package org.malaff.model;

import java.util.Objects;

/**
 * One block of an article's body: a paragraph or a subheading, with its text exactly as shown to
 * readers (trimmed of surrounding white space, nothing else changed).
 */
public record Block(Kind kind, String text) {

  /** Whether a block is running text or a subheading between paragraphs. */
  public enum Kind {
    PARAGRAPH,
    SUBHEADING
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public static Block paragraph(String text) {
    return new Block(Kind.PARAGRAPH, text);
  }

  public static Block subheading(String text) {
    return new Block(Kind.SUBHEADING, text);
  }

  public boolean isSubheading() {
    return kind == Kind.SUBHEADING;
  }
}
