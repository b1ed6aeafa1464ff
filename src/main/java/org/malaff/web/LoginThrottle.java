package org.malaff.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins per client address: after {@code attempts} failures within {@code window},
 * further attempts are refused until the oldest failure leaves the window. A success clears the count.
 */
final class LoginThrottle {
  private final int attempts;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(int attempts, Duration window, Clock clock) {
    this.attempts = attempts;
    this.window = window;
    this.clock = clock;
  }

  /** Seconds to wait before {@code client} may try again; 0 when it may now. */
  long waitSeconds(String client) {
    Deque<Instant> d = failures.get(client);
    if (d == null) {
      return 0;
    }
    synchronized (d) {
      Instant now = clock.instant();
      while (!d.isEmpty() && d.peekFirst().plus(window).isBefore(now)) {
        d.pollFirst();
      }
      return d.size() < attempts ? 0 : Math.max(1, Duration.between(now, d.peekFirst().plus(window)).toSeconds());
    }
  }

  void failed(String client) {
    Deque<Instant> d = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
    synchronized (d) {
      d.addLast(clock.instant());
    }
  }

  void succeeded(String client) {
    failures.remove(client);
  }
}
