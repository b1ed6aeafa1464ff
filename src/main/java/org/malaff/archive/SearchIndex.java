package org.malaff.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.malaff.extract.NameKey;
import org.malaff.model.Article;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;

/**
 * The Lucene index derived from the records: headline and body analyzed by {@link
 * ArabicSearchAnalyzer}, the outlet and the people named as exact keys, the date as a point and a
 * sort value. Each commit carries the records' generation, so an index behind its records (a crash
 * between the two commits) is seen at open and rebuilt.
 */
final class SearchIndex implements AutoCloseable {
  private static final String GENERATION = "generation";
  /** Body text with offsets in the postings, so that snippets need not analyze the text again. */
  private static final org.apache.lucene.document.FieldType BODY = body();

  private static org.apache.lucene.document.FieldType body() {
    org.apache.lucene.document.FieldType t = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
  private final Analyzer analyzer = new ArabicSearchAnalyzer();
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  SearchIndex(Path dir) {
    try {
      directory = FSDirectory.open(dir);
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new ArchiveException(dir + ": the search index cannot be opened: " + e.getMessage(), e);
    }
  }

  /** The records' generation the last commit was made at; -1 for an index never committed. */
  long generation() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return -1;
      }
      Map<String, String> data = DirectoryReader.listCommits(directory).get(DirectoryReader.listCommits(directory).size() - 1).getUserData();
      return Long.parseLong(data.getOrDefault(GENERATION, "-1"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void add(StoredArticle a) {
    try {
      writer.updateDocument(new Term("id", a.id()), document(a));
    } catch (IOException e) {
      throw new ArchiveException("cannot index article " + a.id() + ": " + e.getMessage(), e);
    }
  }

  void deleteAll() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void commit(long generation) {
    try {
      writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation)).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new ArchiveException("cannot commit the search index: " + e.getMessage(), e);
    }
  }

  private static Document document(StoredArticle s) {
    Article a = s.article();
    Document d = new Document();
    d.add(new StringField("id", s.id(), Field.Store.YES));
    d.add(new TextField("headline", a.headline(), Field.Store.YES));
    d.add(new Field("body", String.join("\n", a.paragraphs()), BODY));
    if (a.byline().source() != null) {
      d.add(new StoredField("source", a.byline().source()));
      d.add(new StringField("source_key", key(a.byline().source()), Field.Store.NO));
    }
    if (a.byline().date() != null) {
      long day = a.byline().date().toEpochDay();
      d.add(new LongPoint("day", day));
      d.add(new NumericDocValuesField("day", day));
      d.add(new StoredField("date", a.byline().date().toString()));
    }
    for (String person : s.persons()) {
      for (String k : personKeys(person)) {
        d.add(new StringField("person", k, Field.Store.NO));
      }
    }
    return d;
  }

  private static String key(String source) {
    return ArabicNormalizer.normalize(source, Level.STANDARD).strip();
  }

  /** A person is found by the key of their full name and by that of their last name. */
  static List<String> personKeys(String name) {
    List<String> tokens = NameKey.tokens(name);
    List<String> out = new ArrayList<>();
    if (!tokens.isEmpty()) {
      out.add(NameKey.nameSkeleton(tokens));
      out.add(NameKey.skeleton(tokens.get(tokens.size() - 1)));
    }
    return out;
  }

  /** The stored fields a hit shows; the body only when there is no highlighted passage to show instead. */
  private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of("id", "headline", "source", "date");
  private static final java.util.Set<String> HIT_FIELDS_AND_BODY = java.util.Set.of("id", "headline", "source", "date", "body");

  SearchResult search(SearchQuery q) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query query = query(q);
        int offset = Math.max(0, q.offset());
        int limit = Math.max(1, q.limit());
        TopDocs all = q.order() == SearchQuery.Order.DATE
            ? searcher.search(query, offset + limit, new Sort(new SortField("day", SortField.Type.LONG, true)))
            : searcher.search(query, offset + limit);
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all.scoreDocs, Math.min(offset, all.scoreDocs.length),
            all.scoreDocs.length);
        TopDocs top = new TopDocs(all.totalHits, page);
        String[] snippets = top.scoreDocs.length == 0 || q.text() == null || q.text().isBlank() ? new String[top.scoreDocs.length]
            : UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new DefaultPassageFormatter("<b>", "</b>", "… ", true))
                .withMaxLength(200_000).build().highlight("body", query, top, 2);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
          ScoreDoc sd = top.scoreDocs[i];
          Document d = searcher.storedFields().document(sd.doc, snippets[i] != null ? HIT_FIELDS : HIT_FIELDS_AND_BODY);
          String snippet = snippets[i] != null ? snippets[i] : lead(d.get("body"));
          String date = d.get("date");
          hits.add(new SearchHit(d.get("id"), d.get("headline"), d.get("source"), date == null ? null : LocalDate.parse(date),
              snippet, Float.isNaN(sd.score) ? 0 : sd.score));
        }
        return new SearchResult(all.totalHits.value, hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new ArchiveException("search failed: " + e.getMessage(), e);
    }
  }

  private Query query(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (q.text() == null || q.text().isBlank()) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else {
      MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"headline", "body"}, analyzer,
          Map.of("headline", 2f, "body", 1f));
      parser.setDefaultOperator(QueryParser.Operator.AND);
      try {
        b.add(parser.parse(q.text()), BooleanClause.Occur.MUST);
      } catch (ParseException e) {
        try {
          b.add(parser.parse(QueryParser.escape(q.text())), BooleanClause.Occur.MUST);
        } catch (ParseException again) {
          throw new ArchiveException("the query cannot be read: " + again.getMessage(), again);
        }
      }
    }
    if (q.source() != null) {
      b.add(new TermQuery(new Term("source_key", key(q.source()))), BooleanClause.Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery("day", from, to), BooleanClause.Occur.FILTER);
    }
    if (q.person() != null) {
      List<String> keys = personKeys(q.person());
      if (!keys.isEmpty()) {
        b.add(new TermQuery(new Term("person", keys.get(0))), BooleanClause.Occur.FILTER);
      }
    }
    return b.build();
  }

  private static String lead(String body) {
    String text = body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new ArchiveException("the search index did not close cleanly: " + e.getMessage(), e);
    }
  }
}
