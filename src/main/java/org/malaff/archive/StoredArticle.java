package org.malaff.archive;

import org.malaff.model.Article;

/**
 * An article as the archive keeps it.
 *
 * @param id the archive's id: "a" and the hex of the article's content hash, so the same text gets
 *     the same id wherever it comes from
 * @param url where it was published, or null
 * @param article the article as read (its own id replaced by the archive's)
 * @param origin the file and position it was imported from
 * @param persons the people it names, as their names were written in full where it did
 */
public record StoredArticle(String id, String url, Article article, String origin, java.util.List<String> persons) {
  public StoredArticle {
    persons = java.util.List.copyOf(persons);
  }
}
