package org.malaff.cli;

import java.util.List;
import java.util.Locale;

/**
 * What one {@link LoadGenerator} run measured: how many requests completed in the measured window (after
 * warm-up), how many of them failed, the throughput, latency percentiles (nearest rank, whole request
 * including reading the body) and the body bytes received.
 *
 * @param requests requests finished in the measured window, failed ones included
 * @param errors requests that got a status other than 200 or failed with an exception
 * @param seconds length of the measured window, up to the end of the last measured request
 * @param requestsPerSecond {@code requests / seconds}
 * @param p50Millis median latency
 * @param p90Millis 90th percentile latency
 * @param p99Millis 99th percentile latency
 * @param maxMillis slowest request
 * @param bytes response body bytes received by measured requests
 * @param firstErrors descriptions of the first few errors, such as {@code "GET /x: 500"}
 */
public record LoadReport(long requests, long errors, double seconds, double requestsPerSecond,
    double p50Millis, double p90Millis, double p99Millis, double maxMillis, long bytes, List<String> firstErrors) {

  public LoadReport {
    firstErrors = List.copyOf(firstErrors);
  }

  /**
   * One line for a benchmark log, e.g. {@code dossier page: 8,123 req in 10.0 s = 812 req/s, p50 12.1 ms,
   * p99 48.0 ms, max 90.2 ms, 0 errors}, followed by the first error when there was one.
   */
  public String line(String label) {
    String line = String.format(Locale.ROOT,
        "%s: %,d req in %.1f s = %,.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %,d errors",
        label, requests, seconds, requestsPerSecond, p50Millis, p99Millis, maxMillis, errors);
    return firstErrors.isEmpty() ? line : line + " (first: " + firstErrors.get(0) + ")";
  }
}
