package org.malaff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, as the ./malaff launcher runs it: main class, bundled lists and sample. */
class PackagedJarIT {
  private static final Path JAR = Path.of("target/malaff.jar");

  private record Result(int status, String out, String err) {}

  private static Result run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("malaff-out", ".txt");
    Path err = Files.createTempFile("malaff-err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("malaff " + String.join(" ", args) + " did not finish");
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void parses_the_sample_with_the_packaged_jar_in_utf8() throws Exception {
    Result r = run("parse", "samples/dossiers/moscow-2013-11-20.txt", "--json");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"source\" : \"الشرق الأوسط\"");
  }

  @Test
  void benchmarks_the_bundled_sample() throws Exception {
    Result r = run("bench", "reader", "--copies", "2", "--warmup", "1", "--rounds", "3");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("reader: text -> Dossier").contains("reader / baseline");
  }

  @Test
  void the_main_job_serves_the_demo_site_from_the_jar_alone(@org.junit.jupiter.api.io.TempDir Path elsewhere)
      throws Exception {
    // run from an empty folder: nothing of the repository or ../shared is within reach
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toAbsolutePath().toString(), "serve", "--demo", "--port", "0")
        .directory(elsewhere.toFile()).redirectError(elsewhere.resolve("err.txt").toFile()).start();
    try {
      var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = lines.readLine();
      assertThat(first).as(Files.readString(elsewhere.resolve("err.txt"))).startsWith("Malaff serves http://127.0.0.1:");
      assertThat(lines.readLine()).startsWith("editor: demo  password: ");
      String base = first.substring("Malaff serves ".length(), first.indexOf('/', "Malaff serves http://".length()));
      var http = java.net.http.HttpClient.newHttpClient();
      var home = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains("SaudiNewsNet").contains("href=\"/dossiers/");
      String dossier = home.body().replaceAll("(?s).*?href=\"(/dossiers/[^\"]+)\".*", "$1");
      var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + dossier)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("عناوين الملف");
    } finally {
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }
  }

  @Test
  void exits_2_with_one_line_for_a_missing_file() throws Exception {
    Result r = run("parse", "no-such-dossier.txt");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("malaff: no-such-dossier.txt: no such file");
  }
}
