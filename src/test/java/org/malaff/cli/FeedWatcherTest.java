package org.malaff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.ingest.FetchPolicy;
import org.malaff.ingest.Fetcher;
import org.malaff.ingest.OpmlReader.FeedRef;

/** The watcher's manners: a pause between requests to one host, and a feed that fails waits longer each time. */
class FeedWatcherTest {
  @TempDir Path dir;

  @Test
  void one_host_gets_its_requests_a_pause_apart_and_a_failing_feed_backs_off() throws Exception {
    List<Long> times = Collections.synchronizedList(new ArrayList<>());
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", x -> {
      times.add(System.nanoTime());
      byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>خلاصة</title><link>http://t/</link>"
          + "<description>constructed for this test</description></channel></rss>").getBytes(StandardCharsets.UTF_8);
      if (x.getRequestURI().getPath().equals("/fails")) {
        x.sendResponseHeaders(500, -1);
      } else {
        x.sendResponseHeaders(200, body.length);
        try (OutputStream o = x.getResponseBody()) {
          o.write(body);
        }
      }
      x.close();
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    try (EmbeddedArchive archive = EmbeddedArchive.open(dir.resolve("archive"))) {
      Fetcher fetcher = new Fetcher(FetchPolicy.defaults().allowing("127.0.0.1:" + server.getAddress().getPort()));
      List<FeedRef> feeds = List.of(new FeedRef("a", base + "/a"), new FeedRef("b", base + "/b"),
          new FeedRef("c", base + "/fails"), new FeedRef("bad", "http://bad host/feed"));
      List<String> log = new ArrayList<>();
      FeedWatcher watcher = new FeedWatcher(archive, fetcher, Duration.ofMinutes(10), Duration.ofMillis(300),
          Clock.systemUTC(), log::add);
      FeedWatcher.Pass pass = watcher.poll(feeds);
      assertThat(pass.read()).isEqualTo(2);
      assertThat(pass.failed()).isEqualTo(2);
      assertThat(times).hasSize(3);
      for (int i = 1; i < times.size(); i++) {
        assertThat((times.get(i) - times.get(i - 1)) / 1e6).as("ms between requests").isGreaterThanOrEqualTo(290);
      }
      assertThat(log).hasSize(2).anySatisfy(m -> assertThat(m).contains("/fails").contains("500")
          .contains("failure 1 in a row")).anySatisfy(m -> assertThat(m).contains("http://bad host/feed"));
      var first = archive.feed(base + "/fails").orElseThrow();
      assertThat(Duration.between(first.polled(), first.nextDue())).isEqualTo(Duration.ofMinutes(20));
      // polled again once due: the delay doubles
      FeedWatcher later = new FeedWatcher(archive, fetcher, Duration.ofMinutes(10), Duration.ZERO,
          Clock.offset(Clock.systemUTC(), Duration.ofMinutes(25)), log::add);
      later.poll(List.of(feeds.get(2)));
      var second = archive.feed(base + "/fails").orElseThrow();
      assertThat(second.failures()).isEqualTo(2);
      assertThat(Duration.between(second.polled(), second.nextDue())).isEqualTo(Duration.ofMinutes(40));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void an_item_with_only_a_summary_gets_the_article_of_its_page_once() throws Exception {
    java.util.concurrent.atomic.AtomicInteger pageRequests = new java.util.concurrent.atomic.AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    StringBuilder page = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><article><h1>خبر</h1>");
    for (int i = 1; i <= 5; i++) {
      page.append("<p>الفقرة ").append(i).append(" من نص الخبر الكامل في صفحته، وفيها ما لا يحمله الملخص في الخلاصة.</p>");
    }
    byte[] article = page.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    server.createContext("/", x -> {
      byte[] body;
      if (x.getRequestURI().getPath().equals("/article.html")) {
        pageRequests.incrementAndGet();
        body = article;
      } else {
        body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>خلاصة</title><link>http://t/</link>"
            + "<description>constructed for this test</description><item><title>خبر</title><link>" + base
            + "/article.html</link><description>ملخص الخبر في سطر.</description></item></channel></rss>")
            .getBytes(StandardCharsets.UTF_8);
      }
      x.sendResponseHeaders(200, body.length);
      try (OutputStream o = x.getResponseBody()) {
        o.write(body);
      }
      x.close();
    });
    server.start();
    try (EmbeddedArchive archive = EmbeddedArchive.open(dir.resolve("pages"))) {
      Fetcher fetcher = new Fetcher(FetchPolicy.defaults().allowing("127.0.0.1:" + server.getAddress().getPort()));
      FeedWatcher watcher = new FeedWatcher(archive, fetcher, Duration.ofMinutes(10), Duration.ZERO, Clock.systemUTC(),
          m -> { }).fetchingPages();
      watcher.poll(List.of(new FeedRef("f", base + "/feed")));
      String id = archive.idsByUrl(java.util.Set.of(base + "/article.html")).get(base + "/article.html");
      assertThat(archive.article(id).orElseThrow().article().paragraphs()).hasSize(5);
      FeedWatcher later = new FeedWatcher(archive, fetcher, Duration.ofMinutes(10), Duration.ZERO,
          Clock.offset(Clock.systemUTC(), Duration.ofMinutes(15)), m -> { }).fetchingPages();
      later.poll(List.of(new FeedRef("f", base + "/feed")));
      assertThat(pageRequests.get()).as("the page is fetched once").isEqualTo(1);
      assertThat(archive.articleCount()).isEqualTo(1);
    } finally {
      server.stop(0);
    }
  }
}
