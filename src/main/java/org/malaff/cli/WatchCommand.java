package org.malaff.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.FetchPolicy;
import org.malaff.ingest.Fetcher;
import org.malaff.ingest.OpmlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code malaff watch FEEDS.opml --archive DIR}: polls the feeds an OPML file lists, into the archive. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Polls the RSS/Atom feeds an OPML file lists and imports new items (conditional GET, polite, with backoff).")
final class WatchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FEEDS.opml", description = "the feeds to poll")
  Path opml;

  @Option(names = "--archive", required = true, description = "the archive folder (created when missing)")
  Path archive;

  @Option(names = "--interval", defaultValue = "PT15M", description = "time between polls of a feed, ISO-8601 (default 15 minutes)")
  Duration interval;

  @Option(names = "--politeness", defaultValue = "PT1S", description = "pause between requests to one host (default 1 s)")
  Duration politeness;

  @Option(names = "--pages", description = "fetch the page of an item whose feed gives only a summary")
  boolean pages;

  @Option(names = "--once", description = "poll every due feed once, then stop (for cron)")
  boolean once;

  @picocli.CommandLine.Mixin AllowedHosts allowed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(opml);
    } catch (java.io.IOException e) {
      throw new BadInputException(opml, "cannot be read: " + e.getMessage());
    }
    List<OpmlReader.FeedRef> feeds = OpmlReader.read(opml.toString(), bytes);
    FetchPolicy policy = allowed.policy();
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    try (EmbeddedArchive a = EmbeddedArchive.open(archive)) {
      FeedWatcher watcher = new FeedWatcher(a, new Fetcher(policy), interval, politeness, Clock.systemUTC(),
          m -> err.println("malaff: " + m));
      if (pages) {
        watcher.fetchingPages();
      }
      for (int n = 1; ; n++) {
        FeedWatcher.Pass pass = watcher.poll(feeds);
        out.println(pass.line(n));
        out.flush();
        if (once) {
          return 0;
        }
        Thread.sleep(Math.max(1000, Math.min(interval.toMillis(), 60_000)));
      }
    }
  }
}
