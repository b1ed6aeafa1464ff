package org.malaff.archive;

import java.util.List;

/** What one import step stores: new articles, their names, quotes and links, and dossiers. */
public record Batch(List<StoredArticle> articles, List<StoredMention> mentions, List<StoredQuote> quotes,
    List<StoredLink> links, List<StoredDossier> dossiers) {
  public Batch {
    articles = List.copyOf(articles);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    links = List.copyOf(links);
    dossiers = List.copyOf(dossiers);
  }
}
