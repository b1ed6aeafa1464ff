package org.malaff.archive;

import java.time.Instant;

/**
 * What the archive remembers of a feed between polls: the validators the server sent (ETag,
 * Last-Modified; null when none) for the next conditional request, when it was last polled and is
 * due again, how many polls in a row failed, and the last problem (null after a good poll).
 */
public record FeedState(String url, String title, String etag, String lastModified, Instant polled, Instant nextDue,
    int failures, String problem) {
  /** A feed never polled. */
  public static FeedState fresh(String url, String title) {
    return new FeedState(url, title, null, null, null, null, 0, null);
  }
}
