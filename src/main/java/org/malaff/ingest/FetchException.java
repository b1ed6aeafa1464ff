package org.malaff.ingest;

/** A fetch that did not give a page: refused before any connection, failed, or over a limit. The message names the URL. */
public final class FetchException extends Exception {
  private final boolean refused;

  FetchException(String message, boolean refused) {
    super(message);
    this.refused = refused;
  }

  /** Whether the fetch was refused by policy (never attempted), as opposed to failing. */
  public boolean refused() {
    return refused;
  }
}
