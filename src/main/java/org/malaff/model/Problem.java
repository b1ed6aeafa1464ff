package org.malaff.model;

import java.util.Objects;

/**
 * Something wrong or doubtful in external data, found while reading it. Problems are values:
 * readers record them and carry on, they never throw for bad input.
 *
 * @param kind what went wrong
 * @param article the id of the article concerned, or {@code null} when it concerns the whole input
 * @param line the 1-based line in the input, or 0 when there is no single line
 * @param message one sentence for a person
 */
public record Problem(Kind kind, String article, int line, String message) {

  /** The kinds of problem, each with the stable code used in JSON output. */
  public enum Kind {
    /** The dossier has no headline list ("عناوين الملف"). */
    TOC_MISSING("toc-missing"),
    /** The headline list and the articles disagree (count or a headline). */
    TOC_MISMATCH("toc-mismatch"),
    /** A header field (breadcrumb, title, date, editor) is missing or unreadable. */
    HEADER("header"),
    /** An article names no outlet, author, place, agency or date. */
    NO_METADATA("no-metadata"),
    /** An article has a headline but no body. */
    EMPTY_ARTICLE("empty-article"),
    /** Two dates given for the same article disagree. */
    DATE_CONFLICT("date-conflict"),
    /** The input held characters that cannot be text (control characters, replacement chars). */
    BAD_CHARACTERS("bad-characters"),
    /** A file among those given could not be read and was skipped. */
    UNREADABLE("unreadable"),
    /** More problems were found than are kept. */
    TOO_MANY_PROBLEMS("too-many-problems");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The stable code used in JSON output, such as {@code toc-mismatch}. */
    public String code() {
      return code;
    }
  }

  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }
}
