package org.malaff.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Fetches one URL under a {@link FetchPolicy}: every hop (the URL and each redirect, at most
 * {@code maxRedirects}) is checked by {@link AddressGuard} before any connection; gzip bodies are
 * unpacked as they are read and the body stops at {@code maxBytes} after unpacking (a
 * decompression bomb ends there); the whole exchange has one deadline. A conditional request sends
 * the validators of the last fetch and gets 304 with no body when nothing changed.
 */
public final class Fetcher {
  private final FetchPolicy policy;
  private final HttpClient client;

  public Fetcher(FetchPolicy policy) {
    this.policy = policy;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(policy.timeout()).build();
  }

  /** GET {@code uri}; {@code etag} and {@code lastModified} (or null) make it conditional. */
  public Fetched get(URI uri, String etag, String lastModified) throws FetchException {
    long deadline = System.nanoTime() + policy.timeout().toNanos();
    URI current = uri;
    for (int hop = 0; ; hop++) {
      AddressGuard.check(current, policy);
      HttpRequest.Builder b = HttpRequest.newBuilder(current).GET().header("User-Agent", policy.userAgent())
          .header("Accept-Encoding", "gzip").timeout(remaining(deadline, current));
      if (etag != null) {
        b.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        b.header("If-Modified-Since", lastModified);
      }
      HttpResponse<InputStream> r;
      try {
        r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        throw new FetchException(current + ": no answer within " + policy.timeout().toSeconds() + " s", false);
      } catch (IOException e) {
        throw new FetchException(current + ": cannot be fetched: " + e.getMessage(), false);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(current + ": interrupted", false);
      }
      int status = r.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        close(r);
        String location = r.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException(current + ": redirect " + status + " without a Location", false);
        }
        if (hop >= policy.maxRedirects()) {
          throw new FetchException(uri + ": more than " + policy.maxRedirects() + " redirects (last: " + current + ")", false);
        }
        current = current.resolve(location.strip());
        continue;
      }
      String type = r.headers().firstValue("Content-Type").orElse(null);
      String newEtag = r.headers().firstValue("ETag").orElse(null);
      String newModified = r.headers().firstValue("Last-Modified").orElse(null);
      if (status == 304) {
        close(r);
        return new Fetched(current, status, type, new byte[0], newEtag != null ? newEtag : etag,
            newModified != null ? newModified : lastModified);
      }
      boolean gzip = r.headers().firstValue("Content-Encoding").map(e -> e.toLowerCase(Locale.ROOT).contains("gzip"))
          .orElse(false);
      byte[] body = read(current, r.body(), gzip, deadline);
      if (status != 200) {
        throw new FetchException(current + ": the server answered " + status, false);
      }
      return new Fetched(current, status, type, body, newEtag, newModified);
    }
  }

  /** Closes bodies that outlive their deadline (a server that stops sending mid-body). */
  private static final java.util.concurrent.ScheduledExecutorService TIMER =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "malaff-fetch-deadline");
        t.setDaemon(true);
        return t;
      });

  private byte[] read(URI uri, InputStream raw, boolean gzip, long deadline) throws FetchException {
    var stop = TIMER.schedule(() -> {
      try {
        raw.close();
      } catch (IOException ignored) {
        // closing is all that is wanted
      }
    }, Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
    try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.write(buf, 0, n);
        if (out.size() > policy.maxBytes()) {
          throw new FetchException(uri + ": the body is larger than " + policy.maxBytes() + " bytes"
              + (gzip ? " once unpacked" : "") + "; not read further", false);
        }
        if (System.nanoTime() > deadline) {
          throw new FetchException(uri + ": the body did not arrive within " + policy.timeout().toSeconds() + " s", false);
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (System.nanoTime() >= deadline) {
        throw new FetchException(uri + ": the body did not arrive within " + policy.timeout().toSeconds() + " s", false);
      }
      throw new FetchException(uri + ": the body could not be read: " + e.getMessage(), false);
    } finally {
      stop.cancel(false);
    }
  }

  private static java.time.Duration remaining(long deadline, URI uri) throws FetchException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new FetchException(uri + ": out of time", false);
    }
    return java.time.Duration.ofNanos(left);
  }

  private static void close(HttpResponse<InputStream> r) {
    try {
      r.body().close();
    } catch (IOException ignored) {
      // the connection is dropped either way
    }
  }
}
