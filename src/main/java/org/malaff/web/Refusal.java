package org.malaff.web;

/** A request the site will not serve: its HTTP status and a message for the reader, in Arabic. */
final class Refusal extends RuntimeException {
  private final int status;
  private final String location;

  Refusal(int status, String message) {
    this(status, message, null);
  }

  private Refusal(int status, String message, String location) {
    super(message, null, false, false);
    this.status = status;
    this.location = location;
  }

  /** Not refused, sent elsewhere: a 303 to {@code location} (to the login form, say). */
  static Refusal redirect(String location) {
    return new Refusal(303, null, location);
  }

  /** Where a redirect goes, or null. */
  String location() {
    return location;
  }

  int status() {
    return status;
  }

  static Refusal notFound(String what) {
    return new Refusal(404, what);
  }
}
