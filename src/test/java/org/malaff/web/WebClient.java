package org.malaff.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper: a plain HTTP client that keeps the session cookie by hand and follows no redirect. */
final class WebClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  String cookie;

  WebClient(String base) {
    this.base = base;
  }

  HttpResponse<String> get(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    return send(b);
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
    List<String> pairs = new ArrayList<>();
    form.forEach((k, v) -> {
      pairs.add(k);
      pairs.add(v);
    });
    return post(path, pairs.toArray(String[]::new));
  }

  /** Posts a form given as name, value, name, value …: a name may repeat. */
  HttpResponse<String> post(String path, String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.append(i == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    return send(b);
  }

  /** Logs in as the fixture's editor; returns the session's CSRF token. */
  String logIn() {
    String token = csrfOf(get("/editor/login").body());
    HttpResponse<String> r = post("/editor/login", form("csrf", token, "name", TestSite.EDITOR, "password", TestSite.PASSWORD));
    if (r.statusCode() != 303) {
      throw new IllegalStateException("login failed: " + r.statusCode());
    }
    return csrfOf(get("/editor/").body());
  }

  static String csrfOf(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the page");
    }
    return m.group(1);
  }

  static Map<String, String> form(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      r.headers().firstValue("Set-Cookie").ifPresent(c -> {
        String pair = c.substring(0, c.indexOf(';'));
        cookie = pair.endsWith("=") ? null : pair;
      });
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
