package org.malaff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  private static final String SAMPLE = "samples/dossiers/moscow-2013-11-20.txt";
  private static final Path DAY = Path.of("../shared/data/saudinewsnet/dataset/2015-07-21.zip");

  @TempDir Path dir;

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.status()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void prints_the_duplicates_of_the_sample_in_the_spec_shape() throws Exception {
    JsonNode root = json(CliRun.of("analyze", SAMPLE, "--json"));
    assertThat(root.get("articles")).hasSize(20);
    assertThat(root.get("articles").get(15).get("id").asText()).isEqualTo("16");
    JsonNode exact = null;
    for (JsonNode d : root.get("duplicates")) {
      if (d.get("a").asText().equals("16") && d.get("b").asText().equals("18")) {
        exact = d;
      }
    }
    assertThat(exact).isNotNull();
    assertThat(exact.get("kind").asText()).isEqualTo("exact");
    assertThat(exact.get("score").asDouble()).isEqualTo(1.0);
    assertThat(exact.get("shared_paragraphs").get(0).get(0).asInt()).isZero();
    assertThat(root.get("statements")).anySatisfy(st -> {
      assertThat(st.get("a").asText()).isEqualTo("5");
      assertThat(st.get("b").asText()).isEqualTo("15");
      assertThat(st.get("a_text").asText()).contains("تحالف وطني سوري");
    });
  }

  @Test
  void reports_groups_with_the_fullest_copy_and_the_shared_passages() {
    CliRun run = CliRun.of("analyze", SAMPLE, "--format", "text");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("19 contained 14").contains("(fullest)").contains("Reused paragraphs")
        .contains("أمير عبد اللهيان نائب وزير خارجية إيران").contains("The same statement in other words");
  }

  @Test
  void reads_a_saudinewsnet_zip() throws Exception {
    JsonNode root = json(CliRun.of("analyze", DAY.toString(), "--json"));
    assertThat(root.get("articles").size()).isGreaterThan(1000);
    JsonNode first = root.get("articles").get(0);
    assertThat(first.get("id").asText()).startsWith("http");
    assertThat(first.get("source").asText()).isEqualTo("الشرق الأوسط");
    assertThat(root.get("duplicates").size()).isGreaterThan(0);
  }

  @Test
  void links_two_copies_of_an_article_with_small_edits_and_reads_folders() throws Exception {
    String text = Files.readString(Path.of(SAMPLE)).split("====================")[2];
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(folder.resolve("a.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("b.txt"), text.replace("قال", "صرح").replace("الإرهاب", "الارهاب"),
        StandardCharsets.UTF_8);
    Files.write(folder.resolve("c.txt"), new byte[] {0, 1, 2, 3});
    JsonNode root = json(CliRun.of("analyze", folder.toString(), "--json"));
    assertThat(root.get("articles")).hasSize(2);
    assertThat(root.get("articles").get(0).get("id").asText()).isEqualTo("a.txt#1");
    JsonNode link = root.get("duplicates").get(0);
    assertThat(link.get("kind").asText()).isEqualTo("near");
    assertThat(root.get("problems").get(0).get("kind").asText()).isEqualTo("unreadable");
    assertThat(root.get("problems").get(0).get("message").asText()).contains("c.txt");
  }

  @Test
  void refuses_a_missing_path_and_an_html_page_with_status_2() throws Exception {
    CliRun missing = CliRun.of("analyze", dir.resolve("none.zip").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("none.zip");
    Path page = Files.writeString(dir.resolve("page.html"), "<html></html>");
    CliRun html = CliRun.of("analyze", page.toString());
    assertThat(html.status()).isEqualTo(2);
    assertThat(html.err().strip().lines()).hasSize(1);
  }

  @Test
  void reads_a_saved_web_page_through_the_extractor() throws Exception {
    JsonNode root = json(CliRun.of("analyze", "../shared/data/html/cnn-arabic-2013/arabic_article.html", "--json"));
    assertThat(root.toString()).contains("معارضون يسيطرون على مخازن للصواريخ بريف دمشق").contains("CNNArabic");
  }

  @Test
  void refuses_a_json_file_that_is_not_an_array_naming_it() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"title\": 1}");
    CliRun run = CliRun.of("analyze", bad.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("bad.json");
  }
}
