package org.malaff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  private static final String SAMPLE = "samples/dossiers/moscow-2013-11-20.txt";

  @TempDir Path dir;

  @Test
  void prints_the_json_shape_of_the_spec() throws Exception {
    CliRun run = CliRun.of("parse", SAMPLE, "--json");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(fields(root)).containsExactly("title", "date", "editor", "breadcrumb", "toc", "articles", "problems");
    assertThat(root.get("date").asText()).isEqualTo("2013-11-21");
    assertThat(root.get("toc")).hasSize(20);
    assertThat(root.get("articles")).hasSize(20);
    JsonNode third = root.get("articles").get(2);
    assertThat(fields(third)).startsWith("id", "n", "headline", "source", "section", "author", "place", "agency",
        "date", "time").contains("subheadings", "paragraphs");
    assertThat(third.get("id").asText()).isEqualTo("3");
    assertThat(third.get("n").asInt()).isEqualTo(3);
    assertThat(third.get("agency").asText()).isEqualTo("أ.ف.ب");
    assertThat(third.get("author").isNull()).isTrue();
    assertThat(root.get("articles").get(4).get("time").asText()).isEqualTo("12:15");
  }

  @Test
  void prints_a_readable_summary_without_json() {
    CliRun run = CliRun.of("parse", SAMPLE);
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("20 articles").contains("outlet: المدى · place: موسكو · agency: أ.ف.ب");
  }

  @Test
  void lists_problems_with_kind_article_and_line_in_json() throws Exception {
    Path f = dir.resolve("broken.txt");
    Files.writeString(f, "عنوان وحده\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("parse", f.toString(), "--json");
    assertThat(run.status()).isZero();
    JsonNode problems = new ObjectMapper().readTree(run.out()).get("problems");
    assertThat(problems).isNotEmpty();
    for (JsonNode p : problems) {
      assertThat(fields(p)).containsExactly("kind", "article", "line", "message");
    }
  }

  @Test
  void refuses_a_missing_file_with_one_line_and_status_2() {
    assertRefused(CliRun.of("parse", dir.resolve("missing.txt").toString()), "missing.txt");
  }

  @Test
  void refuses_an_empty_file_with_status_2() throws Exception {
    Path f = Files.createFile(dir.resolve("empty.txt"));
    assertRefused(CliRun.of("parse", f.toString()), "empty.txt");
  }

  @Test
  void refuses_a_binary_file_with_status_2() throws Exception {
    Path f = dir.resolve("data.bin");
    Files.write(f, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0});
    assertRefused(CliRun.of("parse", f.toString()), "data.bin");
  }

  @Test
  void refuses_text_that_is_not_utf8_naming_the_line() throws Exception {
    Path f = dir.resolve("latin.txt");
    Files.write(f, "ligne une\nligne deux é\n".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.of("parse", f.toString());
    assertRefused(run, "latin.txt:2:");
  }

  @Test
  void reads_a_dossier_saved_in_windows_1256() throws Exception {
    Path f = dir.resolve("cp1256.txt");
    Files.write(f, Files.readString(Path.of(SAMPLE)).getBytes(java.nio.charset.Charset.forName("windows-1256")));
    CliRun run = CliRun.of("parse", f.toString(), "--json");
    assertThat(run.status()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).get("articles")).hasSize(20);
  }

  @Test
  void refuses_a_fifty_megabyte_file_with_status_2() throws Exception {
    Path f = dir.resolve("huge.txt");
    try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
      r.setLength(50L * 1024 * 1024);
    }
    assertRefused(CliRun.of("parse", f.toString()), "huge.txt");
  }

  @Test
  void refuses_bad_usage_with_one_line_and_status_2() {
    CliRun run = CliRun.of("parse", "--no-such-option", SAMPLE);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  private static void assertRefused(CliRun run, String mention) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains(mention).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
