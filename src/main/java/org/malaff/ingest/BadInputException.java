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
    super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    this.file = file;
    this.line = line;
  }

  public BadInputException(Path file, String reason) {
    this(file, 0, reason);
  }

  /** The file concerned. */
  public Path file() {
    return file;
  }

  /** The 1-based line concerned, or 0. */
  public int line() {
    return line;
  }
}
