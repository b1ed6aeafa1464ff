package org.malaff.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.malaff.archive.Archive;
import org.malaff.archive.FeedState;
import org.malaff.archive.ImportSource;
import org.malaff.archive.ImportSummary;
import org.malaff.archive.Importer;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.FeedItem;
import org.malaff.ingest.FeedReader;
import org.malaff.ingest.FetchException;
import org.malaff.ingest.Fetched;
import org.malaff.ingest.Fetcher;
import org.malaff.ingest.ArticleExtractor;
import org.malaff.ingest.PageDecoder;
import org.malaff.ingest.WebArticle;
import org.malaff.ingest.OpmlReader.FeedRef;
import org.malaff.model.Article;
import org.malaff.read.Gazetteer;
import org.malaff.read.NewsItemReader;

/**
 * Polls feeds into an archive. Each due feed is fetched with the validators of its last poll (a
 * feed that has not changed answers 304 and sends no body), read, and its items stored through the
 * same import path as files, so an item seen again — in a later poll or in another feed — is
 * recognised by its URL or its text and stored once. A host gets one request at a time, the next
 * starting {@code politeness} after the last one ended; a feed that fails is logged and polled again after a delay that doubles with each
 * failure in a row (at most a day). What each feed said last is kept in the archive. Asked to, it
 * fetches the page of an item that carries only a summary (once: not when its URL is stored) and
 * keeps the article found there.
 */
final class FeedWatcher {
  private static final Duration MAX_BACKOFF = Duration.ofDays(1);
  private final Archive archive;
  private final Fetcher fetcher;
  private final Duration interval;
  private final Duration politeness;
  private final Clock clock;
  private final Consumer<String> log;
  private final Importer importer;
  private final NewsItemReader reader = new NewsItemReader(Gazetteer.bundled());
  private final Map<String, Long> lastRequest = new HashMap<>();
  private static final int SUMMARY_CHARS = 600;
  private boolean fetchPages;

  /** What one pass did. */
  record Pass(int polled, int read, int unchanged, int failed, int notDue, int added, int duplicates) {
    String line(int n) {
      return String.format("pass %d: %d feeds polled (%d read, %d unchanged, %d failed), %d not due; "
          + "%d articles added, %d already stored", n, polled, read, unchanged, failed, notDue, added, duplicates);
    }
  }

  FeedWatcher(Archive archive, Fetcher fetcher, Duration interval, Duration politeness, Clock clock, Consumer<String> log) {
    this.archive = archive;
    this.fetcher = fetcher;
    this.interval = interval;
    this.politeness = politeness;
    this.clock = clock;
    this.log = log;
    this.importer = new Importer(archive, 2000);
  }

  /** Polls every feed that is due, once. */
  Pass poll(List<FeedRef> feeds) throws InterruptedException {
    int polled = 0;
    int read = 0;
    int unchanged = 0;
    int failed = 0;
    int notDue = 0;
    int added = 0;
    int duplicates = 0;
    for (FeedRef ref : feeds) {
      FeedState state = archive.feed(ref.url()).orElse(FeedState.fresh(ref.url(), ref.title()));
      Instant now = clock.instant();
      if (state.nextDue() != null && state.nextDue().isAfter(now)) {
        notDue++;
        continue;
      }
      polled++;
      waitForHost(ref.url());
      try {
        Fetched f = fetcher.get(URI.create(ref.url()), state.etag(), state.lastModified());
        lastRequest.put(host(ref.url()), System.nanoTime());
        if (f.notModified()) {
          unchanged++;
          archive.saveFeed(new FeedState(ref.url(), state.title(), f.etag(), f.lastModified(), now, now.plus(interval), 0, null));
          continue;
        }
        FeedReader.Feed feed = FeedReader.read(ref.url(), f.body(), f.contentType());
        String source = feed.title() != null ? feed.title() : ref.title();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < feed.items().size(); i++) {
          FeedItem item = feed.items().get(i);
          if (item.paragraphs().isEmpty()) {
            log.accept(ref.url() + ": item " + (i + 1) + " (" + item.link() + ") carries no text; skipped");
            continue;
          }
          if (fetchPages && item.link() != null && isSummary(item) && archive.idsByUrl(java.util.Set.of(item.link())).isEmpty()) {
            item = withPage(ref.url(), item);
          }
          articles.add(reader.read(item.asNewsItem(ref.url() + "#" + i, source), 0));
        }
        ImportSummary s = importer.run(List.of(new ImportSource(ref.url(), null, articles)), x -> { }, log);
        added += s.added();
        duplicates += s.duplicates();
        read++;
        archive.saveFeed(new FeedState(ref.url(), source, f.etag(), f.lastModified(), now, now.plus(interval), 0, null));
      } catch (FetchException | BadInputException | IllegalArgumentException e) {
        lastRequest.put(host(ref.url()), System.nanoTime());
        failed++;
        int failures = state.failures() + 1;
        Duration wait = interval.multipliedBy(1L << Math.min(failures, 16));
        if (wait.compareTo(MAX_BACKOFF) > 0) {
          wait = MAX_BACKOFF;
        }
        log.accept(e.getMessage() + " (failure " + failures + " in a row; next poll in " + wait.toMinutes() + " min)");
        archive.saveFeed(new FeedState(ref.url(), state.title(), state.etag(), state.lastModified(), now, now.plus(wait),
            failures, e.getMessage()));
      }
    }
    return new Pass(polled, read, unchanged, failed, notDue, added, duplicates);
  }

  /** Fetch the page of an item whose feed carries only a summary (off unless asked for). */
  FeedWatcher fetchingPages() {
    fetchPages = true;
    return this;
  }

  /** Whether an item's text looks like a summary rather than the article: under 600 characters. */
  private static boolean isSummary(FeedItem item) {
    return item.paragraphs().stream().mapToInt(String::length).sum() < SUMMARY_CHARS;
  }

  /** The item with the article of its page, when the page gives more text; the item as it was otherwise. */
  private FeedItem withPage(String feedUrl, FeedItem item) throws InterruptedException {
    waitForHost(item.link());
    try {
      Fetched page = fetcher.get(URI.create(item.link()), null, null);
      WebArticle web = ArticleExtractor.extract(PageDecoder.decode(page.body(), page.contentType()).text(),
          page.uri().toString());
      int pageText = web.paragraphs().stream().mapToInt(String::length).sum();
      if (pageText <= item.paragraphs().stream().mapToInt(String::length).sum()) {
        return item;
      }
      return new FeedItem(item.title() != null ? item.title() : web.headline(), item.link(),
          item.published() != null ? item.published() : web.published(),
          item.author() != null ? item.author() : web.author(), web.paragraphs());
    } catch (FetchException | IllegalArgumentException e) {
      log.accept(feedUrl + ": the page of an item could not be read, its summary is kept: " + e.getMessage());
      return item;
    } finally {
      lastRequest.put(host(item.link()), System.nanoTime());
    }
  }

  /** The host of a feed's URL, or the URL itself when it is not one (its fetch will say why). */
  private static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? url : h;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** Waits until {@code politeness} has passed since the last request to the host ended. */
  private void waitForHost(String url) throws InterruptedException {
    Long last = lastRequest.get(host(url));
    if (last != null) {
      long wait = last + politeness.toNanos() - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
    }
  }
}
