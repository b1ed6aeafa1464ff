package org.malaff.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions kept in memory, named by a random 256-bit id in an HttpOnly, SameSite=Strict cookie.
 * A visitor gets an anonymous session (just a CSRF token) when the login form is shown; logging in
 * replaces it with a new session under a new id, so an id seen before login is worth nothing after.
 */
final class EditorSessions {
  static final String COOKIE = "malaff_session";
  private static final Duration LIFE = Duration.ofHours(8);
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  /** A session: the editor logged in (null when anonymous), its CSRF token and when it ends. */
  record Session(String id, String editor, String csrf, Instant expires) {
    boolean loggedIn() {
      return editor != null;
    }
  }

  /** The request's session, if its cookie names a live one. */
  Optional<Session> of(Context ctx) {
    String id = ctx.cookie(COOKIE);
    if (id == null) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    if (s == null || s.expires().isBefore(Instant.now())) {
      if (s != null) {
        sessions.remove(id);
      }
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** The request's session, or a new anonymous one with its cookie set. */
  Session anonymous(Context ctx) {
    return of(ctx).orElseGet(() -> open(ctx, null));
  }

  /** Logs {@code editor} in under a new session id; the old session ends. */
  Session logIn(Context ctx, String editor) {
    of(ctx).ifPresent(s -> sessions.remove(s.id()));
    return open(ctx, editor);
  }

  void logOut(Context ctx) {
    of(ctx).ifPresent(s -> sessions.remove(s.id()));
    ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + secure(ctx));
  }

  /** Whether {@code token} is the session's CSRF token (compared in constant time). */
  static boolean validToken(Session s, String token) {
    return token != null && MessageDigest.isEqual(s.csrf().getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }

  private Session open(Context ctx, String editor) {
    if (sessions.size() > 10_000) {
      Instant now = Instant.now();
      sessions.values().removeIf(s -> s.expires().isBefore(now));
    }
    Session s = new Session(token(), editor, token(), Instant.now().plus(LIFE));
    sessions.put(s.id(), s);
    ctx.header("Set-Cookie", COOKIE + "=" + s.id() + "; Path=/; Max-Age=" + LIFE.toSeconds()
        + "; HttpOnly; SameSite=Strict" + secure(ctx));
    return s;
  }

  private static String secure(Context ctx) {
    return "https".equals(ctx.scheme()) ? "; Secure" : "";
  }

  private String token() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
