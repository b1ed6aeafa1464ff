package org.malaff.archive;

/** The archive could not do what was asked: its message says what, and of which file. */
public final class ArchiveException extends RuntimeException {
  public ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }

  public ArchiveException(String message) {
    super(message);
  }
}
