package org.malaff.archive;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.malaff.model.Article;
import org.malaff.model.Block;
import org.malaff.model.Byline;

/**
 * The archive's records in one SQLite file: write-ahead log, full sync (a commit that returned is on
 * disk), foreign keys on, and the schema brought to the newest version by the numbered scripts in
 * {@code migrations/} (V1.sql, V2.sql …), each in its own transaction. One connection, shared:
 * every method holds the lock on this object, so the site's request threads take turns.
 */
final class Records implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection db;

  Records(Path file) {
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=5000");
      }
      migrate();
    } catch (SQLException e) {
      throw new ArchiveException(file + ": cannot be opened as an archive: " + e.getMessage(), e);
    }
  }

  /** The schema version the records are at. */
  int version() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  private void migrate() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)");
    }
    for (int v = version() + 1; ; v++) {
      String script = script(v);
      if (script == null) {
        return;
      }
      int version = v;
      try {
        inTransaction(() -> {
          try (Statement s = db.createStatement()) {
            for (String statement : script.split("\\n;\\s*\\n")) {
              String sql = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b)
                  .strip();
              if (!sql.isEmpty() && !sql.equals(";")) {
                s.execute(sql);
              }
            }
            s.execute("INSERT INTO schema_version(version, applied) VALUES (" + version + ", datetime('now'))");
          }
          return null;
        });
      } catch (SQLException e) {
        throw new SQLException("migration V" + v + " failed: " + e.getMessage(), e);
      }
    }
  }

  private static String script(int version) {
    try (InputStream in = Records.class.getResourceAsStream("migrations/V" + version + ".sql")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized StoreResult store(Batch batch) {
    try {
      return inTransaction(() -> {
        StoreResult result = insert(batch);
        try (Statement s = db.createStatement()) {
          s.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
        }
        return result;
      });
    } catch (SQLException e) {
      throw new ArchiveException("the batch was not stored: " + e.getMessage(), e);
    }
  }

  /** Work on the connection that must happen whole or not at all. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  private <T> T inTransaction(Work<T> work) throws SQLException {
    db.setAutoCommit(false);
    try {
      T result = work.run();
      db.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  private StoreResult insert(Batch batch) throws SQLException {
    int added = 0;
    int already = 0;
    Set<String> stored = new HashSet<>();
    long seq = nextSeq();
    try (PreparedStatement a = db.prepareStatement("INSERT OR IGNORE INTO article(id, seq, url, headline, source, "
        + "section, author, place, agency, date, time, code, body, origin, persons) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (StoredArticle s : batch.articles()) {
        if (s.url() != null && !idsByUrl(Set.of(s.url())).isEmpty()) {
          already++;
          continue;
        }
        Article art = s.article();
        Byline b = art.byline();
        a.setString(1, s.id());
        a.setLong(2, seq);
        a.setString(3, s.url());
        a.setString(4, art.headline());
        a.setString(5, b.source());
        a.setString(6, b.section());
        a.setString(7, b.author());
        a.setString(8, b.place());
        a.setString(9, b.agency());
        a.setString(10, b.date() == null ? null : b.date().toString());
        a.setString(11, b.time() == null ? null : b.time().toString());
        a.setString(12, b.code());
        a.setString(13, json(body(art)));
        a.setString(14, s.origin());
        a.setString(15, json(s.persons()));
        if (a.executeUpdate() == 1) {
          added++;
          seq++;
          stored.add(s.id());
        } else {
          already++;
        }
      }
    }
    Map<String, String[]> entities = new HashMap<>();
    batch.mentions().forEach(m -> entities.putIfAbsent(m.entityKey(), new String[] {m.type(), m.entityName()}));
    try (PreparedStatement e = db.prepareStatement("INSERT OR IGNORE INTO entity(key, type, name) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, String[]> x : entities.entrySet()) {
        e.setString(1, x.getKey());
        e.setString(2, x.getValue()[0]);
        e.setString(3, x.getValue()[1]);
        e.addBatch();
      }
      e.executeBatch();
    }
    try (PreparedStatement m = db.prepareStatement("INSERT INTO mention(article_id, paragraph, start, end, text, type, "
        + "role, entity_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (StoredMention x : batch.mentions()) {
        if (stored.contains(x.articleId())) {
          m.setString(1, x.articleId());
          m.setInt(2, x.paragraph());
          m.setInt(3, x.start());
          m.setInt(4, x.end());
          m.setString(5, x.text());
          m.setString(6, x.type());
          m.setString(7, x.role());
          m.setString(8, x.entityKey());
          m.addBatch();
        }
      }
      m.executeBatch();
    }
    try (PreparedStatement q = db.prepareStatement("INSERT INTO quote(article_id, paragraph, speaker_key, speaker_text, "
        + "anonymous, direct, text) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (StoredQuote x : batch.quotes()) {
        if (stored.contains(x.articleId())) {
          q.setString(1, x.articleId());
          q.setInt(2, x.paragraph());
          q.setString(3, entities.containsKey(x.speakerKey()) || exists("entity", "key", x.speakerKey()) ? x.speakerKey() : null);
          q.setString(4, x.speakerText());
          q.setInt(5, x.anonymous() ? 1 : 0);
          q.setInt(6, x.direct() ? 1 : 0);
          q.setString(7, x.text());
          q.addBatch();
        }
      }
      q.executeBatch();
    }
    try (PreparedStatement l = db.prepareStatement("INSERT OR IGNORE INTO duplicate_link(a, b, kind, score) VALUES (?, ?, ?, ?)")) {
      for (StoredLink x : batch.links()) {
        l.setString(1, x.a());
        l.setString(2, x.b());
        l.setString(3, x.kind());
        l.setDouble(4, x.score());
        l.addBatch();
      }
      l.executeBatch();
    }
    int dossiers = 0;
    try (PreparedStatement d = db.prepareStatement("INSERT OR IGNORE INTO dossier(id, title, date, editor, breadcrumb, origin) "
        + "VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement da = db.prepareStatement("INSERT INTO dossier_article(dossier_id, position, article_id) VALUES (?, ?, ?)")) {
      for (StoredDossier x : batch.dossiers()) {
        bindDossier(d, x);
        if (d.executeUpdate() == 1) {
          dossiers++;
          insertItems(da, x);
        }
      }
    }
    return new StoreResult(added, already, dossiers, stored);
  }

  /** Binds a dossier's id, title, date, editor, breadcrumb and origin to parameters 1–6. */
  private static void bindDossier(PreparedStatement p, StoredDossier d) throws SQLException {
    p.setString(1, d.id());
    p.setString(2, d.title());
    p.setString(3, d.date() == null ? null : d.date().toString());
    p.setString(4, d.editor());
    p.setString(5, json(d.breadcrumb()));
    p.setString(6, d.origin());
  }

  /** Inserts a dossier's articles with their 1-based positions. */
  private static void insertItems(PreparedStatement p, StoredDossier d) throws SQLException {
    for (int i = 0; i < d.articleIds().size(); i++) {
      p.setString(1, d.id());
      p.setInt(2, i + 1);
      p.setString(3, d.articleIds().get(i));
      p.addBatch();
    }
    p.executeBatch();
  }

  private boolean exists(String table, String column, String value) throws SQLException {
    if (value == null) {
      return false;
    }
    try (PreparedStatement p = db.prepareStatement("SELECT 1 FROM " + table + " WHERE " + column + " = ?")) {
      p.setString(1, value);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  private long nextSeq() throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) + 1 FROM article")) {
      r.next();
      return r.getLong(1);
    }
  }

  synchronized long generation() {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'generation'")) {
      return r.next() ? Long.parseLong(r.getString(1)) : 0;
    } catch (SQLException e) {
      throw new ArchiveException("cannot read the archive's generation: " + e.getMessage(), e);
    }
  }

  synchronized Set<String> storedIds(Set<String> ids) {
    Set<String> out = new HashSet<>();
    try (PreparedStatement p = db.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
      for (String id : ids) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            out.add(id);
          }
        }
      }
    } catch (SQLException e) {
      throw new ArchiveException("cannot look up articles: " + e.getMessage(), e);
    }
    return out;
  }

  synchronized Map<String, String> idsByUrl(Set<String> urls) {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement p = db.prepareStatement("SELECT id FROM article WHERE url = ?")) {
      for (String url : urls) {
        p.setString(1, url);
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            out.put(url, r.getString(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new ArchiveException("cannot look up URLs: " + e.getMessage(), e);
    }
    return out;
  }

  private static final String ARTICLE_COLUMNS = "id, url, headline, source, section, author, place, agency, date, time, "
      + "code, body, origin, persons";

  synchronized Optional<StoredArticle> article(String id) {
    try (PreparedStatement p = db.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(article(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new ArchiveException("cannot read article " + id + ": " + e.getMessage(), e);
    }
  }

  synchronized void eachArticle(Consumer<StoredArticle> action) {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT " + ARTICLE_COLUMNS + " FROM article ORDER BY seq")) {
      while (r.next()) {
        action.accept(article(r));
      }
    } catch (SQLException e) {
      throw new ArchiveException("cannot read the articles: " + e.getMessage(), e);
    }
  }

  synchronized long articleCount() {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM article")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new ArchiveException("cannot count the articles: " + e.getMessage(), e);
    }
  }

  private static StoredArticle article(ResultSet r) throws SQLException {
    List<Block> body = new ArrayList<>();
    for (Map<String, String> b : read(r.getString("body"), new TypeReference<List<Map<String, String>>>() {})) {
      body.add(b.get("kind").equals("subheading") ? Block.subheading(b.get("text")) : Block.paragraph(b.get("text")));
    }
    Byline byline = new Byline(r.getString("source"), r.getString("section"), r.getString("author"),
        r.getString("place"), r.getString("agency"), date(r.getString("date")),
        r.getString("time") == null ? null : LocalTime.parse(r.getString("time")), r.getString("code"));
    Article a = new Article(r.getString("id"), 0, r.getString("headline"), byline, body, 0);
    return new StoredArticle(r.getString("id"), r.getString("url"), a, r.getString("origin"),
        read(r.getString("persons"), new TypeReference<List<String>>() {}));
  }

  synchronized List<StoredDossier> dossiers(String id) {
    List<StoredDossier> out = new ArrayList<>();
    String sql = "SELECT id, title, date, editor, breadcrumb, origin, published FROM dossier"
        + (id == null ? " ORDER BY date DESC, id" : " WHERE id = ?");
    try (PreparedStatement p = db.prepareStatement(sql);
        PreparedStatement items = db.prepareStatement(
            "SELECT article_id FROM dossier_article WHERE dossier_id = ? ORDER BY position")) {
      if (id != null) {
        p.setString(1, id);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          List<String> ids = new ArrayList<>();
          items.setString(1, r.getString("id"));
          try (ResultSet i = items.executeQuery()) {
            while (i.next()) {
              ids.add(i.getString(1));
            }
          }
          out.add(new StoredDossier(r.getString("id"), r.getString("title"), date(r.getString("date")),
              r.getString("editor"), read(r.getString("breadcrumb"), new TypeReference<List<String>>() {}), ids,
              r.getString("origin"), r.getInt("published") == 1));
        }
      }
    } catch (SQLException e) {
      throw new ArchiveException("cannot read the dossiers: " + e.getMessage(), e);
    }
    return out;
  }

  List<StoredLink> links(String articleId) {
    return list("the links of " + articleId, "SELECT a, b, kind, score FROM duplicate_link WHERE a = ? OR b = ?",
        r -> new StoredLink(r.getString(1), r.getString(2), r.getString(3), r.getDouble(4)), articleId, articleId);
  }

  synchronized boolean addEditor(String name, String passwordHash) {
    try (PreparedStatement p = db.prepareStatement(
        "INSERT OR IGNORE INTO editor(name, password_hash, created) VALUES (?, ?, datetime('now'))")) {
      p.setString(1, name);
      p.setString(2, passwordHash);
      return p.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new ArchiveException("cannot add editor " + name + ": " + e.getMessage(), e);
    }
  }

  Optional<String> editorPasswordHash(String name) {
    return list("editor " + name, "SELECT password_hash FROM editor WHERE name = ?", r -> r.getString(1), name)
        .stream().findFirst();
  }

  /** Saves a composed dossier whole (replacing one of the same id) in one transaction. */
  synchronized void saveDossier(StoredDossier d) {
    try {
      inTransaction(() -> {
        try (PreparedStatement del = db.prepareStatement("DELETE FROM dossier_article WHERE dossier_id = ?");
            PreparedStatement up = db.prepareStatement("INSERT INTO dossier(id, title, date, editor, breadcrumb, origin, "
                + "published, changed) VALUES (?, ?, ?, ?, ?, ?, ?, datetime('now')) ON CONFLICT(id) DO UPDATE SET "
                + "title = excluded.title, date = excluded.date, editor = excluded.editor, breadcrumb = excluded.breadcrumb, "
                + "published = excluded.published, changed = excluded.changed");
            PreparedStatement add = db.prepareStatement(
                "INSERT INTO dossier_article(dossier_id, position, article_id) VALUES (?, ?, ?)")) {
          bindDossier(up, d);
          up.setInt(7, d.published() ? 1 : 0);
          up.executeUpdate();
          del.setString(1, d.id());
          del.executeUpdate();
          insertItems(add, d);
        }
        return null;
      });
    } catch (SQLException e) {
      throw new ArchiveException("dossier " + d.id() + " was not saved: " + e.getMessage(), e);
    }
  }

  synchronized boolean setPublished(String dossierId, boolean published) {
    try (PreparedStatement p = db.prepareStatement(
        "UPDATE dossier SET published = ?, changed = datetime('now') WHERE id = ?")) {
      p.setInt(1, published ? 1 : 0);
      p.setString(2, dossierId);
      return p.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new ArchiveException("dossier " + dossierId + " was not changed: " + e.getMessage(), e);
    }
  }

  /** Reads one row into a value. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  /**
   * The rows of a query with its parameters bound in order, each read by {@code row}; {@code what}
   * names what was being read in the error, should there be one.
   */
  synchronized <T> List<T> list(String what, String sql, Row<T> row, Object... params) {
    List<T> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(row.read(r));
        }
      }
    } catch (SQLException e) {
      throw new ArchiveException("cannot read " + what + ": " + e.getMessage(), e);
    }
    return out;
  }

  static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  Optional<FeedState> feed(String url) {
    return list("feed " + url, "SELECT url, title, etag, last_modified, polled, next_due, failures, problem FROM feed "
        + "WHERE url = ?", r -> new FeedState(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            instant(r.getString(5)), instant(r.getString(6)), r.getInt(7), r.getString(8)), url).stream().findFirst();
  }

  synchronized void saveFeed(FeedState f) {
    try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO feed(url, title, etag, last_modified, polled, "
        + "next_due, failures, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, f.url());
      p.setString(2, f.title());
      p.setString(3, f.etag());
      p.setString(4, f.lastModified());
      p.setString(5, f.polled() == null ? null : f.polled().toString());
      p.setString(6, f.nextDue() == null ? null : f.nextDue().toString());
      p.setInt(7, f.failures());
      p.setString(8, f.problem());
      p.executeUpdate();
    } catch (SQLException e) {
      throw new ArchiveException("feed " + f.url() + " was not saved: " + e.getMessage(), e);
    }
  }

  private static java.time.Instant instant(String iso) {
    return iso == null ? null : java.time.Instant.parse(iso);
  }

  /** SQLite's integrity and foreign-key checks: empty when all is well. */
  synchronized List<String> check() {
    List<String> out = new ArrayList<>();
    try (Statement s = db.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
        while (r.next()) {
          if (!r.getString(1).equals("ok")) {
            out.add("integrity: " + r.getString(1));
          }
        }
      }
      try (ResultSet r = s.executeQuery("PRAGMA foreign_key_check")) {
        while (r.next()) {
          out.add("foreign key: " + r.getString(1) + " row " + r.getLong(2) + " refers to a missing " + r.getString(3));
        }
      }
    } catch (SQLException e) {
      out.add("check failed: " + e.getMessage());
    }
    return out;
  }

  private static List<Map<String, String>> body(Article a) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Block b : a.body()) {
      out.add(Map.of("kind", b.isSubheading() ? "subheading" : "paragraph", "text", b.text()));
    }
    return out;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new ArchiveException("a record holds malformed JSON: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new ArchiveException("the archive did not close cleanly: " + e.getMessage(), e);
    }
  }
}
