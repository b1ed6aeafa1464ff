package org.malaff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static Path archive;

  @BeforeAll
  static void importSample() {
    archive = dir.resolve("archive");
    CliRun run = CliRun.of("import", "samples/dossiers/moscow-2013-11-20.txt", "../shared/data/saudinewsnet/dataset/2015-07-21.zip",
        "--archive", archive.toString());
    assertThat(run.status()).as(run.err()).isZero();
  }

  @Test
  void copies_are_folded_under_the_fullest_and_listed_as_also_in() throws Exception {
    CliRun run = CliRun.of("compile", "--archive", archive.toString(), "--query", "الجربا", "--format", "json", "--limit", "30");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode d = JSON.readTree(run.out());
    assertThat(d.get("title").asText()).isEqualTo("الجربا");
    List<String> headlines = new ArrayList<>();
    boolean folded = false;
    for (JsonNode a : d.get("articles")) {
      headlines.add(a.get("headline").asText());
      folded |= a.get("also_in").size() > 0;
      assertThat(a.get("n").asInt()).isEqualTo(headlines.size());
    }
    assertThat(folded).as("article 19 lies in article 14: one of them is folded under the other").isTrue();
    assertThat(headlines).doesNotHaveDuplicates();
    List<String> toc = new ArrayList<>();
    d.get("toc").forEach(t -> toc.add(t.asText()));
    assertThat(toc).isEqualTo(headlines);
  }

  @Test
  void the_text_format_reads_back_to_the_same_articles() throws Exception {
    Path txt = dir.resolve("compiled.txt");
    CliRun written = CliRun.of("compile", "--archive", archive.toString(), "--query", "لافروف OR النفط", "--format", "txt",
        "-o", txt.toString(), "--title", "روسيا والنفط", "--limit", "25");
    assertThat(written.status()).as(written.err()).isZero();
    JsonNode compiled = JSON.readTree(CliRun.of("compile", "--archive", archive.toString(), "--query", "لافروف OR النفط",
        "--format", "json", "--title", "روسيا والنفط", "--limit", "25").out());
    JsonNode parsed = JSON.readTree(CliRun.of("parse", txt.toString(), "--json").out());
    assertThat(parsed.get("problems")).isEmpty();
    assertThat(parsed.get("title").asText()).isEqualTo("روسيا والنفط");
    assertThat(parsed.get("articles").size()).isEqualTo(compiled.get("articles").size()).isGreaterThan(5);
    for (int i = 0; i < parsed.get("articles").size(); i++) {
      JsonNode p = parsed.get("articles").get(i);
      JsonNode c = compiled.get("articles").get(i);
      assertThat(p.get("headline")).isEqualTo(c.get("headline"));
      assertThat(p.get("paragraphs")).isEqualTo(c.get("paragraphs"));
      assertThat(p.get("source")).isEqualTo(c.get("source"));
      assertThat(p.get("date")).isEqualTo(c.get("date"));
    }
  }

  @Test
  void a_query_that_matches_nothing_is_a_clear_error() {
    CliRun run = CliRun.of("compile", "--archive", archive.toString(), "--query", "كلمةلاتوجدابدا", "--format", "txt");
    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("no article matches");
  }

  @Test
  void a_stored_dossier_is_exported_by_its_id() throws Exception {
    String id;
    try (var a = org.malaff.archive.EmbeddedArchive.open(archive)) {
      id = a.dossiers().get(0).id();
    }
    CliRun run = CliRun.of("export", id, "--archive", archive.toString(), "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode d = JSON.readTree(run.out());
    assertThat(d.get("articles").size()).isEqualTo(20);
    assertThat(d.get("articles").get(17).get("headline")).isEqualTo(d.get("articles").get(15).get("headline"));
  }
}
