package org.malaff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.archive.StoredDossier;
import org.malaff.archive.StoredLink;

class ImportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = "samples/dossiers/moscow-2013-11-20.txt";
  @TempDir Path dir;

  @Test
  void the_sample_dossier_is_stored_once_with_its_copies_linked_not_stored_twice() throws Exception {
    Path archive = dir.resolve("archive");
    CliRun first = CliRun.of("import", SAMPLE, "--archive", archive.toString(), "--json");
    assertThat(first.status()).as(first.err()).isZero();
    JsonNode summary = JSON.readTree(first.out());
    assertThat(summary.get("added").asInt()).isEqualTo(19); // article 18 is article 16 again
    assertThat(summary.get("duplicates").asInt()).isEqualTo(1);
    assertThat(summary.get("problems").asInt()).isZero();
    try (EmbeddedArchive a = EmbeddedArchive.open(archive)) {
      StoredDossier d = a.dossiers().get(0);
      assertThat(d.articleIds()).hasSize(20);
      assertThat(d.articleIds().get(17)).isEqualTo(d.articleIds().get(15)); // 18 points at the stored 16
      String nineteen = d.articleIds().get(18);
      String fourteen = d.articleIds().get(13);
      assertThat(a.links(nineteen)).contains(new StoredLink(nineteen, fourteen, "contained",
          a.links(nineteen).stream().filter(l -> l.b().equals(fourteen)).findFirst().orElseThrow().score()));
      assertThat(a.check()).isEmpty();
    }
    CliRun again = CliRun.of("import", SAMPLE, "--archive", archive.toString(), "--json");
    assertThat(JSON.readTree(again.out()).get("added").asInt()).isZero();
    assertThat(JSON.readTree(again.out()).get("duplicates").asInt()).isEqualTo(20);
  }

  @Test
  void a_bad_file_is_named_and_skipped_and_the_rest_is_stored() throws Exception {
    Path bad = dir.resolve("broken.txt");
    Files.write(bad, new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 7, 0, 0});
    Path archive = dir.resolve("archive");
    CliRun run = CliRun.of("import", bad.toString(), SAMPLE, "--archive", archive.toString(), "--json");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("broken.txt");
    JsonNode summary = JSON.readTree(run.out());
    assertThat(summary.get("added").asInt()).isEqualTo(19);
    assertThat(summary.get("problems").asInt()).isEqualTo(1);
  }

  @Test
  void search_finds_the_sample_in_arabic_with_filters_and_snippets() throws Exception {
    Path archive = dir.resolve("archive");
    CliRun.of("import", SAMPLE, "--archive", archive.toString());
    CliRun run = CliRun.of("search", "بوغدانوف", "--archive", archive.toString(), "--json", "--limit", "3");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("total").asInt()).isPositive();
    assertThat(result.get("hits").get(0).get("snippet").asText()).contains("<b>");
    CliRun none = CliRun.of("search", "بوغدانوف", "--archive", archive.toString(), "--json", "--from", "2020-01-01");
    assertThat(JSON.readTree(none.out()).get("total").asInt()).isZero();
    CliRun missing = CliRun.of("search", "x", "--archive", dir.resolve("nowhere").toString());
    assertThat(missing.status()).isNotZero();
    assertThat(missing.err()).contains("nowhere").contains("holds no archive");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun notAnArchive = CliRun.of("search", "x", "--archive", empty.toString());
    assertThat(notAnArchive.status()).isNotZero();
    assertThat(notAnArchive.err()).contains("holds no archive");
    try (var files = Files.list(empty)) {
      assertThat(files).as("searching creates nothing").isEmpty();
    }
  }

  @Test
  void reindex_rebuilds_the_index_from_the_records() {
    Path archive = dir.resolve("archive");
    CliRun.of("import", SAMPLE, "--archive", archive.toString());
    CliRun run = CliRun.of("reindex", "--archive", archive.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("reindexed 19 articles");
    assertThat(new String(CliRun.of("search", "لافروف", "--archive", archive.toString()).out().getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8)).contains("articles match");
  }
}
