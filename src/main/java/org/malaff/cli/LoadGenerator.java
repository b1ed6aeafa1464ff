package org.malaff.cli;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A small closed-loop HTTP load generator for benchmarking the web site on loopback, JDK only.
 *
 * <p>Each of {@code clients} threads has its own keep-alive HTTP/1.1 connection ({@link
 * HttpConnection}) and loops over the paths, starting at its own offset, sending the next GET as soon as the
 * previous response body has been read. Requests that start during the warm-up are not recorded; those
 * that start in the measured window are, with their latency (send to end of body) and status. Any status
 * other than 200, or an exception, counts as an error.
 */
public final class LoadGenerator {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  /** How many error descriptions the report keeps. */
  static final int KEPT_ERRORS = 5;

  private LoadGenerator() {
  }

  /**
   * Runs the load and returns what the measured window saw. Returns once every client thread has
   * finished; a client's last request may end a little after {@code warmup + duration}.
   *
   * @param base the site's address, against which each path is {@linkplain URI#resolve(String) resolved}
   * @param paths the paths to request, e.g. {@code "/dossier/1"}
   * @param clients how many concurrent clients (threads, connections)
   * @param warmup how long to send requests before recording
   * @param duration how long to record
   * @throws InterruptedException if interrupted while waiting; the clients are stopped first
   * @throws IllegalStateException if a client failed other than by an I/O error
   */
  public static LoadReport run(URI base, List<String> paths, int clients, Duration warmup, Duration duration)
      throws InterruptedException {
    Objects.requireNonNull(base, "base");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no paths");
    }
    if (clients < 1) {
      throw new IllegalArgumentException("clients must be at least 1: " + clients);
    }
    if (warmup.isNegative() || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("warm-up must be >= 0 and duration > 0: " + warmup + ", " + duration);
    }
    HttpConnection probe = new HttpConnection(base, (int) REQUEST_TIMEOUT.toMillis());
    List<Target> targets = paths.stream().map(path -> new Target(path, probe.request(path))).toList();
    HttpConnection[] connections = new HttpConnection[clients];
    for (int i = 0; i < clients; i++) {
      connections[i] = new HttpConnection(base, (int) REQUEST_TIMEOUT.toMillis());
    }
    long measureStart = System.nanoTime() + warmup.toNanos();
    long measureEnd = measureStart + duration.toNanos();
    List<String> firstErrors = new ArrayList<>();
    Client[] workers = new Client[clients];
    Thread[] threads = new Thread[clients];
    for (int i = 0; i < clients; i++) {
      int offset = (int) ((long) i * targets.size() / clients);
      workers[i] = new Client(connections[i], targets, offset, measureStart, measureEnd, firstErrors);
      threads[i] = new Thread(workers[i], "load-client-" + i);
      threads[i].setDaemon(true);
      threads[i].start();
    }
    joinAll(threads);

    long requests = 0;
    long errors = 0;
    long bytes = 0;
    long lastFinish = measureEnd;
    for (Client worker : workers) {
      if (worker.failure != null) {
        throw new IllegalStateException("load client failed", worker.failure);
      }
      requests += worker.count;
      errors += worker.errors;
      bytes += worker.bytes;
      lastFinish = Math.max(lastFinish, worker.lastFinish);
    }
    long[] latencies = new long[Math.toIntExact(requests)];
    int filled = 0;
    for (Client worker : workers) {
      System.arraycopy(worker.latencies, 0, latencies, filled, worker.count);
      filled += worker.count;
    }
    Arrays.sort(latencies);
    double seconds = (lastFinish - measureStart) / 1e9;
    List<String> kept;
    synchronized (firstErrors) {
      kept = List.copyOf(firstErrors);
    }
    return new LoadReport(requests, errors, seconds, requests / seconds,
        millis(nearestRank(latencies, 50)), millis(nearestRank(latencies, 90)), millis(nearestRank(latencies, 99)),
        millis(nearestRank(latencies, 100)), bytes, kept);
  }

  /** The nearest-rank percentile of sorted values, or 0 when there are none. */
  static long nearestRank(long[] sorted, double percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  /** Waits for every thread; if interrupted, interrupts them, still waits for them, then rethrows. */
  private static void joinAll(Thread[] threads) throws InterruptedException {
    try {
      for (Thread thread : threads) {
        thread.join();
      }
    } catch (InterruptedException e) {
      for (Thread thread : threads) {
        thread.interrupt();
      }
      for (Thread thread : threads) {
        while (thread.isAlive()) {
          try {
            thread.join();
          } catch (InterruptedException again) {
            // keep waiting: the clients must be gone before we return
          }
        }
      }
      throw e;
    }
  }

  private record Target(String path, byte[] request) {
  }

  /** One client: a thread's loop over its own connection, and what it recorded (read after the thread ends). */
  private static final class Client implements Runnable {
    private final HttpConnection connection;
    private final List<Target> targets;
    private final int offset;
    private final long measureStart;
    private final long measureEnd;
    private final List<String> firstErrors;
    long[] latencies = new long[1024];
    int count;
    long errors;
    long bytes;
    long lastFinish;
    Throwable failure;

    Client(HttpConnection connection, List<Target> targets, int offset, long measureStart, long measureEnd,
        List<String> firstErrors) {
      this.connection = connection;
      this.targets = targets;
      this.offset = offset;
      this.measureStart = measureStart;
      this.measureEnd = measureEnd;
      this.firstErrors = firstErrors;
    }

    @Override
    public void run() {
      try {
        loop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException | Error e) {
        failure = e;
      } finally {
        connection.close();
      }
    }

    private void loop() throws InterruptedException {
      for (long i = offset; !Thread.currentThread().isInterrupted(); i++) {
        Target target = targets.get((int) (i % targets.size()));
        long start = System.nanoTime();
        if (start - measureEnd >= 0) {
          return;
        }
        String error = null;
        long received = 0;
        try {
          HttpConnection.Response response = connection.get(target.request());
          received = response.bytes();
          if (response.status() != 200) {
            error = "GET " + target.path() + ": " + response.status();
          }
        } catch (IOException e) {
          error = "GET " + target.path() + ": " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        long end = System.nanoTime();
        if (start - measureStart >= 0) {
          record(end - start, received, error);
          lastFinish = end;
        }
      }
    }

    private void record(long nanos, long received, String error) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
      bytes += received;
      if (error != null) {
        errors++;
        synchronized (firstErrors) {
          if (firstErrors.size() < KEPT_ERRORS) {
            firstErrors.add(error);
          }
        }
      }
    }
  }
}
