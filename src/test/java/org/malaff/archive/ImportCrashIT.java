package org.malaff.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an import with SIGKILL at random moments (within two seconds after its first commit of new
 * articles),
 * twenty times, into the same archive. After each
 * kill the archive must open, pass SQLite's integrity and foreign-key checks, and hold at least
 * every article the import had reported committed; at the end an import run to completion must
 * leave exactly the articles of the input, whatever the kills interrupted.
 */
class ImportCrashIT {
  private static final Pattern COMMITTED = Pattern.compile("committed: \\d+ of \\d+ articles read \\((\\d+) added");
  /** Ten days of SaudiNewsNet (about 14,000 articles): more than twenty interrupted runs can store. */
  private static final List<String> INPUT = java.util.stream.IntStream.rangeClosed(21, 30)
      .mapToObj(d -> "../shared/data/saudinewsnet/dataset/2015-07-" + d + ".zip").toList();
  @TempDir Path dir;

  private Process start(Path archive) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.malaff.cli.MalaffCommand", "import"));
    cmd.addAll(INPUT);
    cmd.addAll(List.of("samples/dossiers/moscow-2013-11-20.txt", "--archive", archive.toString(), "--batch", "100"));
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  @Test
  void an_import_killed_at_random_points_loses_nothing_it_reported_committed() throws Exception {
    Path archive = dir.resolve("archive");
    Random random = new Random(20261129);
    long storedBefore = 0;
    int killedRunning = 0;
    int killedAfterACommit = 0;
    for (int run = 0; run < 20; run++) {
      Process p = start(archive);
      AtomicInteger reported = new AtomicInteger(0);
      java.util.concurrent.CountDownLatch firstCommit = new java.util.concurrent.CountDownLatch(1);
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            Matcher m = COMMITTED.matcher(line);
            if (m.find()) {
              reported.set(Integer.parseInt(m.group(1)));
              if (reported.get() > 0) {
                firstCommit.countDown(); // the run stores new articles now, past those stored before
              }
            }
          }
        } catch (java.io.IOException e) {
          // the process was killed
        }
        firstCommit.countDown();
      });
      reader.start();
      // kill at a random moment within two seconds after the run's first commit of new articles:
      // mid-batch, mid-commit or mid-index
      firstCommit.await(120, TimeUnit.SECONDS);
      Thread.sleep(random.nextInt(2000));
      killedRunning += p.isAlive() ? 1 : 0;
      p.destroyForcibly(); // SIGKILL
      p.waitFor(30, TimeUnit.SECONDS);
      reader.join(5000);
      try (EmbeddedArchive a = EmbeddedArchive.open(archive)) {
        assertThat(a.check()).as("run %d", run).isEmpty();
        long count = a.articleCount();
        assertThat(count).as("run %d: stored before %d, reported added this run %d", run, storedBefore, reported.get())
            .isGreaterThanOrEqualTo(storedBefore + reported.get());
        storedBefore = count;
        killedAfterACommit += reported.get() > 0 ? 1 : 0;
      }
    }
    assertThat(killedRunning).as("kills that found the import running").isGreaterThanOrEqualTo(18);
    assertThat(killedAfterACommit).as("kills after a reported commit of new articles").isGreaterThanOrEqualTo(18);
    Process last = start(archive);
    last.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
    try (EmbeddedArchive a = EmbeddedArchive.open(archive)) {
      assertThat(a.check()).isEmpty();
      assertThat(a.search(SearchQuery.of("لافروف")).total()).isPositive();
      Process clean = start(dir.resolve("clean2"));
      clean.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
      assertThat(clean.waitFor(300, TimeUnit.SECONDS)).isTrue();
      try (EmbeddedArchive uninterrupted = EmbeddedArchive.open(dir.resolve("clean2"))) {
        assertThat(a.articleCount()).isEqualTo(uninterrupted.articleCount());
        assertThat(a.dossiers()).hasSize(1);
      }
    }
  }
}
