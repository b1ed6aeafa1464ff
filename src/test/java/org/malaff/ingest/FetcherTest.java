package org.malaff.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fetcher against a loopback server the policy allows by host and port, and a "trap" socket on
 * another loopback port that counts every connection made to it: refused URLs and redirects must
 * never reach it.
 */
class FetcherTest {
  private static final String PAGE = "<html><head><meta charset=\"windows-1256\"><title>خبر</title></head><body><p>"
      + "قال المتحدث إن الاجتماع ناقش الأوضاع الإقليمية والدولية في العاصمة الرياض أمس.</p></body></html>";
  static final java.nio.file.Path SHARED = java.nio.file.Path.of("../shared/data").toAbsolutePath().normalize();
  static HttpServer server;
  static ServerSocket trap;
  static ServerSocket trap6;
  static final AtomicInteger trapped = new AtomicInteger();
  static final AtomicInteger requests = new AtomicInteger();
  static String base;
  static FetchPolicy policy;

  @BeforeAll
  static void start() throws IOException {
    trap = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    trap6 = new ServerSocket(0, 50, InetAddress.getByName("::1"));
    for (ServerSocket s : new ServerSocket[] {trap, trap6}) {
      Thread t = new Thread(() -> {
        while (!s.isClosed()) {
          try {
            s.accept().close();
            trapped.incrementAndGet();
          } catch (IOException e) {
            return;
          }
        }
      });
      t.setDaemon(true);
      t.start();
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", FetcherTest::handle);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    policy = FetchPolicy.defaults().allowing("127.0.0.1:" + server.getAddress().getPort());
    policy = new FetchPolicy(1_000_000, Duration.ofSeconds(2), 5, policy.allowedInternal(), policy.userAgent());
  }

  @AfterAll
  static void stop() throws IOException {
    server.stop(0);
    trap.close();
    trap6.close();
  }

  private static void handle(HttpExchange x) throws IOException {
    requests.incrementAndGet();
    String path = x.getRequestURI().getPath();
    if (path.startsWith("/fixtures/")) {
      // the real fixtures of ../shared/data, served as plain bytes with no charset said anywhere
      java.nio.file.Path file = SHARED.resolve(path.substring("/fixtures/".length())).normalize();
      if (!file.startsWith(SHARED) || !java.nio.file.Files.isRegularFile(file)) {
        send(x, 404, "text/plain", new byte[0], false);
      } else {
        send(x, 200, path.endsWith(".html") ? "text/html" : "text/plain", java.nio.file.Files.readAllBytes(file), false);
      }
      return;
    }
    switch (path) {
      case "/page" -> send(x, 200, "text/html", PAGE.getBytes(ArabicCharsets.WINDOWS_1256), false);
      case "/gzip" -> send(x, 200, "text/html; charset=windows-1256", gzip(PAGE.getBytes(ArabicCharsets.WINDOWS_1256)), true);
      case "/bomb" -> send(x, 200, "text/html", gzip(new byte[20_000_000]), true);
      case "/loop" -> redirect(x, "/loop");
      case "/hop" -> redirect(x, "/page");
      case "/to-loopback" -> redirect(x, "http://127.0.0.1:" + trap.getLocalPort() + "/");
      case "/to-v6" -> redirect(x, "http://[::1]:" + trap6.getLocalPort() + "/");
      case "/to-metadata" -> redirect(x, "http://169.254.169.254/latest/meta-data/");
      case "/to-file" -> redirect(x, "file:///etc/passwd");
      case "/etag" -> {
        if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
          x.sendResponseHeaders(304, -1);
          x.close();
        } else {
          x.getResponseHeaders().add("ETag", "\"v1\"");
          send(x, 200, "text/html; charset=windows-1256", PAGE.getBytes(ArabicCharsets.WINDOWS_1256), false);
        }
      }
      case "/slow" -> {
        x.getResponseHeaders().add("Content-Type", "text/html");
        x.sendResponseHeaders(200, 0);
        try (OutputStream o = x.getResponseBody()) {
          o.write("<html><body>".getBytes(StandardCharsets.UTF_8));
          o.flush();
          Thread.sleep(4000);
        } catch (InterruptedException | IOException e) {
          // the client gave up
        }
      }
      default -> send(x, 500, "text/plain", "no".getBytes(StandardCharsets.UTF_8), false);
    }
  }

  private static void redirect(HttpExchange x, String to) throws IOException {
    x.getResponseHeaders().add("Location", to);
    x.sendResponseHeaders(302, -1);
    x.close();
  }

  private static void send(HttpExchange x, int status, String type, byte[] body, boolean gzip) throws IOException {
    x.getResponseHeaders().add("Content-Type", type);
    if (gzip) {
      x.getResponseHeaders().add("Content-Encoding", "gzip");
    }
    x.sendResponseHeaders(status, body.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(body);
    } catch (IOException e) {
      // the client stopped reading (the bomb)
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(bytes);
    }
    return out.toByteArray();
  }

  private Fetched get(String path) throws FetchException {
    return new Fetcher(policy).get(URI.create(base + path), null, null);
  }

  @Test
  void fetches_a_page_plain_gzipped_and_through_a_redirect() throws Exception {
    Fetched plain = get("/page");
    assertThat(PageDecoder.decode(plain.body(), plain.contentType()).text()).isEqualTo(PAGE);
    Fetched gz = get("/gzip");
    assertThat(PageDecoder.decode(gz.body(), gz.contentType()).text()).isEqualTo(PAGE);
    Fetched hop = get("/hop");
    assertThat(hop.uri().getPath()).isEqualTo("/page");
  }

  @Test
  void internal_addresses_and_other_schemes_are_refused_before_any_connection() {
    int before = trapped.get();
    for (String url : new String[] {"http://127.0.0.1:" + trap.getLocalPort() + "/", "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/", "http://[::1]:" + trap6.getLocalPort() + "/", "http://localhost:"
        + trap.getLocalPort() + "/", "http://[::ffff:127.0.0.1]:" + trap.getLocalPort() + "/", "http://192.168.1.1/",
        "file:///etc/passwd", "ftp://example.org/x"}) {
      assertThatThrownBy(() -> new Fetcher(FetchPolicy.defaults()).get(URI.create(url), null, null)).as(url)
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.refused()).isTrue())
          .hasMessageContaining("refused");
    }
    assertThatThrownBy(() -> new Fetcher(FetchPolicy.defaults()).get(URI.create("http://169.254.169.254/"), null, null))
        .hasMessageContaining("cloud metadata");
    assertThatThrownBy(() -> new Fetcher(FetchPolicy.defaults()).get(URI.create("http://10.0.0.1/"), null, null))
        .hasMessageContaining("private");
    assertThat(trapped.get()).as("connections made to refused addresses").isEqualTo(before);
  }

  @Test
  void redirects_to_internal_addresses_are_refused_too() {
    int before = trapped.get();
    for (String path : new String[] {"/to-loopback", "/to-v6", "/to-metadata", "/to-file"}) {
      assertThatThrownBy(() -> get(path)).as(path)
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.refused()).isTrue());
    }
    assertThat(trapped.get()).isEqualTo(before);
  }

  @Test
  void limits_hold_redirect_loops_bombs_slow_bodies_and_errors() {
    assertThatThrownBy(() -> get("/loop")).hasMessageContaining("more than 5 redirects");
    assertThatThrownBy(() -> get("/bomb")).hasMessageContaining("larger than 1000000 bytes once unpacked");
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> get("/slow")).hasMessageContaining("within 2 s");
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(3.5);
    assertThatThrownBy(() -> get("/missing")).hasMessageContaining("answered 500");
  }

  @Test
  void every_encodings_fixture_fetched_without_a_declared_charset_reads_as_from_disk() throws Exception {
    int n = 0;
    try (var files = java.nio.file.Files.walk(SHARED.resolve("encodings"))) {
      for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
          .filter(p -> !p.getFileName().toString().equals("SOURCE.txt")).sorted().toList()) {
        Fetched got = get("/fixtures/" + SHARED.relativize(f).toString().replace('\\', '/'));
        String fetched = PageDecoder.decode(got.body(), got.contentType()).text();
        String onDisk = f.toString().endsWith(".html") ? PageDecoder.decode(java.nio.file.Files.readAllBytes(f), null).text()
            : new TextFileReader().read(f).text();
        assertThat(fetched).as(f.toString()).isEqualTo(onDisk);
        n++;
      }
    }
    assertThat(n).isEqualTo(19);
    Fetched cnn = get("/fixtures/html/cnn-arabic-2013/arabic_article.html");
    WebArticle a = ArticleExtractor.extract(PageDecoder.decode(cnn.body(), cnn.contentType()).text(), cnn.uri().toString());
    assertThat(TokenOverlap.of(String.join("\n", a.paragraphs()),
        java.nio.file.Files.readString(SHARED.resolve("html/cnn-arabic-2013/arabic_expected_text.txt"))).f1())
        .isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void an_unchanged_page_comes_back_as_304_with_no_body() throws Exception {
    Fetched first = get("/etag");
    assertThat(first.etag()).isEqualTo("\"v1\"");
    Fetched again = new Fetcher(policy).get(URI.create(base + "/etag"), first.etag(), first.lastModified());
    assertThat(again.notModified()).isTrue();
    assertThat(again.body()).isEmpty();
  }
}
