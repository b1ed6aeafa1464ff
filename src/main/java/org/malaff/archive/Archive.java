package org.malaff.archive;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where articles, dossiers, entities, quotes and duplicate links are kept and searched. Every
 * adapter passes the same contract tests ({@code ArchiveContract}).
 */
public interface Archive extends AutoCloseable {
  /**
   * Stores a batch in one transaction: all of it, or, when it fails, none of it. An article whose id
   * or URL is already stored is left as it is. When this returns, the batch survives a crash.
   */
  StoreResult store(Batch batch);

  /** Which of {@code ids} are stored. */
  Set<String> storedIds(Set<String> ids);

  /** Which of {@code urls} are stored, as the ids of the articles that have them. */
  java.util.Map<String, String> idsByUrl(Set<String> urls);

  Optional<StoredArticle> article(String id);

  /** Every stored article, in the order stored: for rebuilding the index and for duplicate search. */
  void eachArticle(java.util.function.Consumer<StoredArticle> action);

  long articleCount();

  List<StoredDossier> dossiers();

  Optional<StoredDossier> dossier(String id);

  /**
   * Saves a dossier an editor composed, whole: a dossier of the same id is replaced (title, date,
   * editor, articles and their order, published or not). Every article must be stored.
   */
  void saveDossier(StoredDossier dossier);

  /** Publishes a dossier or withdraws it from readers; false when there is no dossier {@code id}. */
  boolean setPublished(String id, boolean published);

  /** The entity filed under {@code key}, if any. */
  Optional<StoredEntity> entity(String key);

  /** The names in an article, in reading order. */
  List<StoredMention> mentions(String articleId);

  /** The quotes in an article, in reading order. */
  List<StoredQuote> quotes(String articleId);

  /** The articles that name an entity, newest first (undated last), at most {@code limit}. */
  List<ArticleRef> articlesNaming(String entityKey, int limit);

  /** What an entity said, newest first (undated last), at most {@code limit}. */
  List<AttributedQuote> quotesBy(String entityKey, int limit);

  /** What the archive remembers of the feed at {@code url}, if it was ever polled. */
  Optional<FeedState> feed(String url);

  /** Remembers a feed's state (replacing what was there). */
  void saveFeed(FeedState feed);

  /** The duplicate links an article is part of. */
  List<StoredLink> links(String articleId);

  SearchResult search(SearchQuery query);

  /** Rebuilds the search index from the records. */
  void reindex();

  /** Adds an editor with a password hash ({@link EditorPasswords#hash}); false when the name is taken. */
  boolean addEditor(String name, String passwordHash);

  /** The password hash of an editor, if there is one of that name. */
  Optional<String> editorPasswordHash(String name);

  /** Whether the records pass the store's own integrity check; the problems found otherwise. */
  List<String> check();

  @Override
  void close();
}
