package org.malaff.web;

import java.time.Clock;
import java.time.Duration;

/**
 * How a site runs: a credit line for the footer (the demo credits SaudiNewsNet; null for none),
 * how many failed logins a client address may make within a window, and the clock.
 */
public record SiteSettings(String credit, int loginAttempts, Duration loginWindow, Clock clock) {
  public static SiteSettings defaults() {
    return new SiteSettings(null, 5, Duration.ofMinutes(15), Clock.systemUTC());
  }

  public SiteSettings withCredit(String line) {
    return new SiteSettings(line, loginAttempts, loginWindow, clock);
  }
}
