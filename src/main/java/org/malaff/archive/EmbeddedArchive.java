package org.malaff.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The archive on one machine, in one folder: {@code archive.db} (SQLite, the records) and {@code
 * index/} (Lucene, derived). Opening it brings the schema up to date and rebuilds an index that is
 * behind its records. One process opens a folder at a time. A batch is durable when {@link #store}
 * returns (the records are committed); it is indexed on a thread of its own meanwhile, and every
 * read of the index waits for that.
 */
public final class EmbeddedArchive implements Archive {
  private final Records records;
  private final NameRecords names;
  private final SearchIndex index;
  /** Indexes committed batches while the caller prepares the next one; searches wait for it. */
  private final java.util.concurrent.ExecutorService indexer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "malaff-indexer");
    t.setDaemon(true);
    return t;
  });
  private java.util.concurrent.Future<?> indexing = java.util.concurrent.CompletableFuture.completedFuture(null);
  /**
   * Articles read lately, by id. An id is the hash of the article's text and a stored article never
   * changes, so an entry never goes stale; the site reads the same few hundred again and again.
   */
  private final Map<String, StoredArticle> articles = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CACHED_ARTICLES = 20_000;

  private EmbeddedArchive(Records records, SearchIndex index) {
    this.records = records;
    this.names = new NameRecords(records);
    this.index = index;
  }

  /** Opens the archive in {@code dir}, which must hold one already (search, compile, export, reindex). */
  public static EmbeddedArchive openExisting(Path dir) {
    if (!Files.isRegularFile(dir.resolve("archive.db"))) {
      throw new ArchiveException(dir + " holds no archive (create one with: malaff import … --archive " + dir + ")");
    }
    return open(dir);
  }

  /** Opens the archive in {@code dir}, creating it when the folder is empty or missing. */
  public static EmbeddedArchive open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ArchiveException(dir + ": cannot be created: " + e.getMessage(), e);
    }
    Records records = new Records(dir.resolve("archive.db"));
    SearchIndex index;
    try {
      index = new SearchIndex(dir.resolve("index"));
    } catch (RuntimeException e) {
      records.close();
      throw e;
    }
    EmbeddedArchive archive = new EmbeddedArchive(records, index);
    if (index.generation() != records.generation()) {
      archive.reindex();
    }
    return archive;
  }

  @Override
  public StoreResult store(Batch batch) {
    StoreResult result = records.store(batch);
    long generation = records.generation();
    awaitIndex();
    indexing = indexer.submit(() -> {
      batch.articles().stream().filter(a -> result.addedIds().contains(a.id())).forEach(index::add);
      index.commit(generation);
    });
    return result;
  }

  /** Waits for the batch being indexed, and passes on its failure. */
  private void awaitIndex() {
    try {
      indexing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArchiveException("interrupted while indexing", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new ArchiveException("indexing failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  @Override
  public Set<String> storedIds(Set<String> ids) {
    return records.storedIds(ids);
  }

  @Override
  public Map<String, String> idsByUrl(Set<String> urls) {
    return records.idsByUrl(urls);
  }

  @Override
  public Optional<StoredArticle> article(String id) {
    StoredArticle cached = articles.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<StoredArticle> read = records.article(id);
    read.ifPresent(a -> {
      if (articles.size() >= CACHED_ARTICLES) {
        articles.clear();
      }
      articles.put(id, a);
    });
    return read;
  }

  @Override
  public void eachArticle(Consumer<StoredArticle> action) {
    records.eachArticle(action);
  }

  @Override
  public long articleCount() {
    return records.articleCount();
  }

  @Override
  public List<StoredDossier> dossiers() {
    return records.dossiers(null);
  }

  @Override
  public Optional<StoredDossier> dossier(String id) {
    return records.dossiers(id).stream().findFirst();
  }

  @Override
  public void saveDossier(StoredDossier dossier) {
    records.saveDossier(dossier);
  }

  @Override
  public boolean setPublished(String id, boolean published) {
    return records.setPublished(id, published);
  }

  @Override
  public Optional<StoredEntity> entity(String key) {
    return names.entity(key);
  }

  @Override
  public List<StoredMention> mentions(String articleId) {
    return names.mentions(articleId);
  }

  @Override
  public List<StoredQuote> quotes(String articleId) {
    return names.quotes(articleId);
  }

  @Override
  public List<ArticleRef> articlesNaming(String entityKey, int limit) {
    return names.articlesNaming(entityKey, limit);
  }

  @Override
  public List<AttributedQuote> quotesBy(String entityKey, int limit) {
    return names.quotesBy(entityKey, limit);
  }

  @Override
  public Optional<FeedState> feed(String url) {
    return records.feed(url);
  }

  @Override
  public void saveFeed(FeedState feed) {
    records.saveFeed(feed);
  }

  @Override
  public List<StoredLink> links(String articleId) {
    return records.links(articleId);
  }

  @Override
  public SearchResult search(SearchQuery query) {
    awaitIndex();
    return index.search(query);
  }

  @Override
  public void reindex() {
    awaitIndex();
    index.deleteAll();
    records.eachArticle(index::add);
    index.commit(records.generation());
  }

  @Override
  public boolean addEditor(String name, String passwordHash) {
    return records.addEditor(name, passwordHash);
  }

  @Override
  public Optional<String> editorPasswordHash(String name) {
    return records.editorPasswordHash(name);
  }

  @Override
  public List<String> check() {
    return records.check();
  }

  @Override
  public void close() {
    try {
      awaitIndex();
      indexer.shutdown();
      index.close();
    } finally {
      records.close();
    }
  }
}
