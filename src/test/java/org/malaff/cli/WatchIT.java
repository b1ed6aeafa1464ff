package org.malaff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.archive.Importer;
import org.malaff.ingest.FetchPolicy;
import org.malaff.ingest.Fetcher;
import org.malaff.ingest.NewsItem;
import org.malaff.ingest.NewsJsonReader;
import org.malaff.ingest.OpmlReader;
import org.malaff.read.Gazetteer;
import org.malaff.read.NewsItemReader;

/**
 * A watch over 200 feeds constructed from all 31,030 SaudiNewsNet items (and the broken feeds of
 * {@link FeedServer}): every item is stored once, every broken feed is a logged problem and nothing
 * more, and a second poll of the unchanged feeds gets 304s and no body.
 */
class WatchIT {
  @TempDir Path dir;

  @Test
  void two_hundred_feeds_give_every_item_once_survive_the_broken_ones_and_fetch_nothing_unchanged() throws Exception {
    List<NewsItem> items = new ArrayList<>();
    try (Stream<Path> zips = Files.list(Path.of("../shared/data/saudinewsnet/dataset"))) {
      for (Path zip : zips.sorted().toList()) {
        items.addAll(NewsJsonReader.read(zip));
      }
    }
    assertThat(items).hasSize(31_030);
    try (FeedServer server = new FeedServer(items, 200);
        EmbeddedArchive archive = EmbeddedArchive.open(dir.resolve("archive"))) {
      Path opml = dir.resolve("feeds.opml");
      Files.writeString(opml, server.opml(), StandardCharsets.UTF_8);
      List<OpmlReader.FeedRef> feeds = OpmlReader.read(opml.toString(), Files.readAllBytes(opml));
      assertThat(feeds).hasSize(206);
      assertThat(server.legacyFeeds).as("feeds served in windows-1256").isPositive();
      FetchPolicy allowed = FetchPolicy.defaults().allowing("127.0.0.1:" + server.port());
      FetchPolicy policy = new FetchPolicy(64L * 1024 * 1024, Duration.ofSeconds(2), 5, allowed.allowedInternal(),
          allowed.userAgent());
      List<String> log = new ArrayList<>();
      FeedWatcher first = new FeedWatcher(archive, new Fetcher(policy), Duration.ofMinutes(15), Duration.ZERO,
          Clock.systemUTC(), log::add);
      FeedWatcher.Pass pass1 = first.poll(feeds);

      assertThat(pass1.read()).isEqualTo(200);
      assertThat(pass1.failed()).isEqualTo(FeedServer.BROKEN.size());
      for (String broken : FeedServer.BROKEN) {
        assertThat(log).as(broken).anyMatch(m -> m.contains(broken));
      }
      int copies = (items.size() + 49) / 50;
      assertThat(pass1.added() + pass1.duplicates()).isGreaterThanOrEqualTo(items.size() + copies
          - (int) log.stream().filter(m -> m.contains("carries no text")).count());
      assertThat(archive.articleCount()).isEqualTo(pass1.added());

      // every item is in the archive: by its URL, or by its text when another item had the same text
      NewsItemReader reader = new NewsItemReader(Gazetteer.bundled());
      Set<String> urls = new HashSet<>();
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        NewsItem n = items.get(i);
        urls.add(FeedServer.link(n, i % 200, 0).startsWith("http://feeds.test/") ? null : n.url());
        ids.add(Importer.idOf(reader.read(n, 0)));
      }
      urls.remove(null);
      Set<String> storedUrls = archive.idsByUrl(urls).keySet();
      Set<String> storedIds = archive.storedIds(ids);
      int missing = 0;
      List<String> examples = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        NewsItem n = items.get(i);
        boolean found = (n.url() != null && storedUrls.contains(n.url())) || storedIds.contains(Importer.idOf(reader.read(n, 0)))
            || reader.read(n, 0).paragraphs().isEmpty(); // an item with no text is skipped, and logged
        if (!found) {
          missing++;
          if (examples.size() < 5) {
            examples.add(n.url() + " " + n.title());
          }
        }
      }
      assertThat(missing).as("items not in the archive, such as " + examples).isZero();

      int bodiesAfterFirst = server.bodies.get();
      FeedWatcher later = new FeedWatcher(archive, new Fetcher(policy), Duration.ofMinutes(15), Duration.ZERO,
          Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20)), log::add);
      FeedWatcher.Pass pass2 = later.poll(feeds);
      assertThat(pass2.unchanged()).isEqualTo(200);
      assertThat(pass2.read()).isZero();
      assertThat(pass2.added()).isZero();
      assertThat(pass2.notDue()).as("broken feeds back off").isEqualTo(FeedServer.BROKEN.size());
      assertThat(server.bodies.get()).as("no body for an unchanged feed").isEqualTo(bodiesAfterFirst);
      assertThat(archive.check()).isEmpty();
    }
  }
}
