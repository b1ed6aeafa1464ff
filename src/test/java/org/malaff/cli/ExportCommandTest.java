package org.malaff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaff.format.DossierReader;
import org.malaff.model.Dossier;

class ExportCommandTest {
  private static final String SAMPLE = "samples/dossiers/moscow-2013-11-20.txt";

  @TempDir Path dir;

  @Test
  void exports_text_that_reads_back_to_the_same_dossier() throws Exception {
    Path out = dir.resolve("out.txt");
    assertThat(CliRun.of("export", SAMPLE, "--format", "txt", "-o", out.toString()).status()).isZero();
    Dossier original = DossierReader.read(Files.readString(Path.of(SAMPLE)));
    assertThat(DossierReader.read(Files.readString(out)).content()).isEqualTo(original.content());
  }

  @Test
  void exports_json() throws Exception {
    Path out = dir.resolve("out.json");
    assertThat(CliRun.of("export", SAMPLE, "--format", "json", "-o", out.toString()).status()).isZero();
    assertThat(new ObjectMapper().readTree(out.toFile()).get("articles")).hasSize(20);
  }

  @Test
  void exports_one_rtl_html_page_whose_headline_list_links_to_each_article() throws Exception {
    Path out = dir.resolve("out.html");
    assertThat(CliRun.of("export", SAMPLE, "--format", "html", "-o", out.toString()).status()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).contains("lang=\"ar\" dir=\"rtl\"").contains("<meta charset=\"utf-8\" />");
    for (int n = 1; n <= 20; n++) {
      assertThat(html).contains("href=\"#article-" + n + "\"").contains("id=\"article-" + n + "\"");
    }
    assertThat(html).contains("روسيا: الأولوية في سورية هي لمحاربة &quot;الإرهاب&quot; وليس لعزل الأسد");
  }

  @Test
  void writes_to_standard_output_without_o() {
    CliRun run = CliRun.of("export", SAMPLE, "--format", "txt");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("الرئيسة \\ ملفات المركز \\ ");
  }

  @Test
  void refuses_an_output_folder_that_does_not_exist_and_leaves_nothing() {
    Path out = dir.resolve("no/such/folder/out.html");
    CliRun run = CliRun.of("export", SAMPLE, "--format", "html", "-o", out.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void refuses_an_unknown_format() {
    CliRun run = CliRun.of("export", SAMPLE, "--format", "docx");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("docx");
  }

  @Test
  void leaves_an_existing_output_untouched_when_the_input_is_bad() throws Exception {
    Path out = dir.resolve("keep.html");
    Files.writeString(out, "earlier export");
    Path bad = Files.createFile(dir.resolve("empty.txt"));
    CliRun run = CliRun.of("export", bad.toString(), "--format", "html", "-o", out.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("earlier export");
  }
}
