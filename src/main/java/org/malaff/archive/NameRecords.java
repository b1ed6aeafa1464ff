package org.malaff.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The records' answers about names: an entity, the names and quotes in an article, a person's articles and quotes. */
final class NameRecords {
  private static final String QUOTE = "q.article_id, q.paragraph, q.speaker_key, q.speaker_text, q.anonymous, "
      + "q.direct, q.text";
  private static final String REF = "a.id, a.headline, a.source, a.date";
  private static final String NEWEST_FIRST = "a.date IS NULL, a.date DESC, a.seq DESC";
  private final Records records;

  NameRecords(Records records) {
    this.records = records;
  }

  Optional<StoredEntity> entity(String key) {
    return records.list("entity " + key, "SELECT key, type, name FROM entity WHERE key = ?",
        r -> new StoredEntity(r.getString(1), r.getString(2), r.getString(3)), key).stream().findFirst();
  }

  List<StoredMention> mentions(String articleId) {
    return records.list("the names in " + articleId, "SELECT m.paragraph, m.start, m.end, m.text, m.type, m.role, "
        + "m.entity_key, e.name FROM mention m JOIN entity e ON e.key = m.entity_key WHERE m.article_id = ? "
        + "ORDER BY m.paragraph, m.start", r -> new StoredMention(articleId, r.getInt(1), r.getInt(2), r.getInt(3),
            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8)), articleId);
  }

  List<StoredQuote> quotes(String articleId) {
    return records.list("the quotes in " + articleId, "SELECT " + QUOTE + " FROM quote q WHERE q.article_id = ? "
        + "ORDER BY q.paragraph, q.rowid", NameRecords::quote, articleId);
  }

  List<ArticleRef> articlesNaming(String entityKey, int limit) {
    return records.list("the articles naming " + entityKey, "SELECT " + REF + " FROM article a WHERE a.id IN "
        + "(SELECT article_id FROM mention WHERE entity_key = ?) ORDER BY " + NEWEST_FIRST + " LIMIT ?",
        r -> ref(r, 1), entityKey, limit);
  }

  List<AttributedQuote> quotesBy(String entityKey, int limit) {
    return records.list("the quotes of " + entityKey, "SELECT " + QUOTE + ", " + REF + " FROM quote q "
        + "JOIN article a ON a.id = q.article_id WHERE q.speaker_key = ? ORDER BY " + NEWEST_FIRST + ", q.paragraph LIMIT ?",
        r -> new AttributedQuote(quote(r), ref(r, 8)), entityKey, limit);
  }

  private static StoredQuote quote(ResultSet r) throws SQLException {
    return new StoredQuote(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getInt(5) == 1,
        r.getInt(6) == 1, r.getString(7));
  }

  private static ArticleRef ref(ResultSet r, int from) throws SQLException {
    return new ArticleRef(r.getString(from), r.getString(from + 1), r.getString(from + 2),
        Records.date(r.getString(from + 3)));
  }
}
