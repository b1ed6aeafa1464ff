package org.malaff.ingest;

import java.time.Duration;
import java.util.Set;

/**
 * The limits of one fetch: at most {@code maxBytes} of body (after decompression), {@code timeout}
 * for the whole exchange, {@code maxRedirects} redirects, and the hosts that may be reached although
 * they are loopback, private, link-local or a cloud metadata address ({@code "127.0.0.1:8080"} for
 * one port, {@code "127.0.0.1"} for any; tests allow their own loopback server this way).
 */
public record FetchPolicy(long maxBytes, Duration timeout, int maxRedirects, Set<String> allowedInternal,
    String userAgent) {
  public FetchPolicy {
    allowedInternal = Set.copyOf(allowedInternal);
  }

  public static FetchPolicy defaults() {
    return new FetchPolicy(8L * 1024 * 1024, Duration.ofSeconds(20), 5, Set.of(),
        "Malaff/0.1 (+press dossiers; https://github.com/malaff)");
  }

  public FetchPolicy allowing(String hostOrHostPort) {
    java.util.Set<String> s = new java.util.HashSet<>(allowedInternal);
    s.add(hostOrHostPort.toLowerCase(java.util.Locale.ROOT));
    return new FetchPolicy(maxBytes, timeout, maxRedirects, s, userAgent);
  }
}
