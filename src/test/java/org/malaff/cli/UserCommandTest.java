package org.malaff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaff.archive.EditorPasswords;
import org.malaff.archive.EmbeddedArchive;

class UserCommandTest {
  @TempDir Path dir;

  private static CliRun withInput(String stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return CliRun.of(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void adds_an_editor_whose_password_then_verifies() {
    Path archive = dir.resolve("archive");
    CliRun run = withInput("a long enough secret\n", "user", "add", "huda", "--archive", archive.toString());
    assertThat(run.status()).as(run.err()).isZero();
    try (EmbeddedArchive a = EmbeddedArchive.open(archive)) {
      String hash = a.editorPasswordHash("huda").orElseThrow();
      assertThat(EditorPasswords.matches("a long enough secret".toCharArray(), hash)).isTrue();
    }
  }

  @Test
  void refuses_a_short_password_a_taken_name_and_a_strange_name() {
    Path archive = dir.resolve("archive");
    CliRun shortOne = withInput("short\n", "user", "add", "huda", "--archive", archive.toString());
    assertThat(shortOne.status()).isEqualTo(2);
    assertThat(shortOne.err()).contains("at least 10 characters");
    withInput("a long enough secret\n", "user", "add", "huda", "--archive", archive.toString());
    CliRun taken = withInput("another long secret\n", "user", "add", "huda", "--archive", archive.toString());
    assertThat(taken.status()).isEqualTo(2);
    assertThat(taken.err()).contains("already an editor");
    CliRun strange = withInput("a long enough secret\n", "user", "add", "<script>", "--archive", archive.toString());
    assertThat(strange.status()).isEqualTo(2);
    assertThat(strange.err()).contains("not a login name");
  }
}
