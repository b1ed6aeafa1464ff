package org.malaff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {
  private static final byte[] BODY = "مرحبا، ملف".getBytes(StandardCharsets.UTF_8);

  private HttpServer server;
  private ExecutorService pool;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
      pool.shutdownNow();
    }
  }

  @Test
  void counts_requests_bytes_and_latencies_of_a_healthy_site() throws Exception {
    URI base = serve(exchange -> respond(exchange, 200, BODY));

    LoadReport report =
        LoadGenerator.run(base, List.of("/a", "/b", "/c"), 4, Duration.ofMillis(200), Duration.ofSeconds(1));

    assertTrue(report.requests() > 0, report.line("healthy"));
    assertEquals(0, report.errors(), report.line("healthy"));
    assertTrue(report.firstErrors().isEmpty());
    assertTrue(report.p50Millis() <= report.p90Millis() && report.p90Millis() <= report.p99Millis()
        && report.p99Millis() <= report.maxMillis(), report.line("healthy"));
    assertEquals(report.requests() * BODY.length, report.bytes());
    assertTrue(report.seconds() >= 1.0);
    assertFalse(Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().startsWith("load-client-")), "client threads still running");
  }

  @Test
  void counts_other_statuses_as_errors_and_says_which() throws Exception {
    URI base = serve(exchange ->
        respond(exchange, exchange.getRequestURI().getPath().equals("/bad") ? 500 : 200, BODY));

    LoadReport report =
        LoadGenerator.run(base, List.of("/ok", "/bad"), 2, Duration.ofMillis(100), Duration.ofMillis(500));

    assertTrue(report.errors() > 0, report.line("half broken"));
    assertTrue(report.requests() > report.errors(), report.line("half broken"));
    String first = report.firstErrors().get(0);
    assertTrue(first.contains("/bad") && first.contains("500"), first);
    assertTrue(report.firstErrors().size() <= LoadGenerator.KEPT_ERRORS);
  }

  @Test
  void counts_exceptions_as_errors() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }

    LoadReport report = LoadGenerator.run(URI.create("http://127.0.0.1:" + closedPort), List.of("/x"), 1,
        Duration.ZERO, Duration.ofMillis(500));

    assertTrue(report.requests() > 0, report.line("refused"));
    assertEquals(report.requests(), report.errors(), report.line("refused"));
    assertTrue(report.firstErrors().get(0).startsWith("GET /x: "), report.firstErrors().get(0));
  }

  @Test
  void measures_latency_not_just_counts() throws Exception {
    URI base = serve(exchange -> {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      respond(exchange, 200, BODY);
    });

    LoadReport report =
        LoadGenerator.run(base, List.of("/slow"), 2, Duration.ofMillis(100), Duration.ofMillis(500));

    assertTrue(report.requests() > 0);
    assertTrue(report.p50Millis() >= 20, report.line("slow"));
  }

  @Test
  void percentiles_are_nearest_rank() {
    long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    assertEquals(50, LoadGenerator.nearestRank(sorted, 50));
    assertEquals(90, LoadGenerator.nearestRank(sorted, 90));
    assertEquals(100, LoadGenerator.nearestRank(sorted, 99));
    assertEquals(100, LoadGenerator.nearestRank(sorted, 100));
    assertEquals(10, LoadGenerator.nearestRank(sorted, 0));
    assertEquals(0, LoadGenerator.nearestRank(new long[0], 50));
  }

  @Test
  void line_summarises_the_report() {
    LoadReport clean = new LoadReport(8123, 0, 10.0, 812.3, 12.1, 30.0, 48.0, 90.2, 1000, List.of());
    assertEquals("dossier page: 8,123 req in 10.0 s = 812 req/s, p50 12.1 ms, p99 48.0 ms, max 90.2 ms, 0 errors",
        clean.line("dossier page"));
    LoadReport failing = new LoadReport(10, 2, 1.0, 10, 1, 1, 1, 1, 0, List.of("GET /x: 500", "GET /x: 500"));
    assertTrue(failing.line("x").endsWith("2 errors (first: GET /x: 500)"), failing.line("x"));
  }

  private URI serve(HttpHandler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    pool = Executors.newFixedThreadPool(8);
    server.setExecutor(pool);
    server.createContext("/", handler);
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
