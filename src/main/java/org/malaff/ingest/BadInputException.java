package org.malaff.ingest;

import java.nio.file.Path;

/**
 * Input that Malaff cannot read at all: a missing, empty, binary, oversized or undecodable file.
 * The message is one line for a person and names the file, and the line where there is one.
 */
public final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;

  public BadInputException(Path file, int line, String reason) {
    this(file + (line > 0 ? ":" + line : "") + ": " + reason, file, line);
  }

  private BadInputException(String message, Path file, int line) {
    super(message);
    this.file = file;
    this.line = line;
  }

  /** Input that is not a file (a URL, a pasted text): {@code where} names it in the message. */
  public static BadInputException at(String where, String reason) {
    return new BadInputException(where + ": " + reason, null, 0);
  }

  public BadInputException(Path file, String reason) {
    this(file, 0, reason);
  }

  /** The file concerned, or null when the input was not a file. */
  public Path file() {
    return file;
  }

  /** The 1-based line concerned, or 0. */
  public int line() {
    return line;
  }
}
