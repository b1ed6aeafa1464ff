package org.malaff.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded adapter: the contract, and what only a folder of files can show. */
class EmbeddedArchiveTest extends ArchiveContract {
  @Override
  Archive open(Path dir) {
    return EmbeddedArchive.open(dir);
  }

  @Test
  void an_index_deleted_behind_the_records_is_rebuilt_at_open() throws Exception {
    archive.store(batch(article("a1", null, "الرياض", null, "أسعار النفط", "تراجعت أسعار النفط.")));
    archive.close();
    try (var files = Files.walk(dir.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    archive = open(dir);
    assertThat(ids(archive.search(SearchQuery.of("النفط")))).containsExactly("a1");
  }

  @Test
  void an_archive_of_an_older_schema_is_migrated_when_opened() throws Exception {
    StoredArticle a1 = article("a1", null, "الرياض", null, "أسعار النفط", "تراجعت أسعار النفط.");
    archive.store(new Batch(List.of(a1), List.of(), List.of(), List.of(),
        List.of(new StoredDossier("d1", "ملف", null, null, List.of(), List.of("a1"), "test"))));
    archive.close();
    try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("archive.db"));
        var s = db.createStatement()) {
      // as version 1 left it
      s.execute("DROP TABLE editor");
      s.execute("DROP TABLE feed");
      s.execute("DROP INDEX dossier_date");
      s.execute("ALTER TABLE dossier DROP COLUMN published");
      s.execute("ALTER TABLE dossier DROP COLUMN changed");
      s.execute("DELETE FROM schema_version WHERE version > 1");
    }
    archive = open(dir);
    assertThat(archive.addEditor("huda", EditorPasswords.hash("a long enough secret".toCharArray()))).isTrue();
    assertThat(archive.dossier("d1").orElseThrow().published()).isTrue(); // imported dossiers were published
    assertThat(archive.articleCount()).isEqualTo(1);
    assertThat(archive.check()).isEmpty();
  }

  @Test
  void the_schema_is_at_the_newest_version_and_checks_clean() {
    assertThat(archive.check()).isEmpty();
    assertThat(Files.exists(dir.resolve("archive.db"))).isTrue();
  }
}
