package org.malaff.ingest;

import java.net.URI;

/**
 * What a fetch got: the URL it ended at (after redirects), the status, the Content-Type, the body
 * (decompressed; empty when not modified), and the validators for the next conditional request.
 */
public record Fetched(URI uri, int status, String contentType, byte[] body, String etag, String lastModified) {
  public boolean notModified() {
    return status == 304;
  }
}
