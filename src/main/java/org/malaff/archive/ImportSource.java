package org.malaff.archive;

import java.util.List;
import org.malaff.model.Article;
import org.malaff.model.Dossier;

/**
 * Articles read from one input: a dossier (its articles in order, linked to it), or loose articles.
 *
 * @param origin the file they were read from, for records and messages
 * @param dossier the dossier they form, or null for loose articles
 * @param articles the articles; an id starting with http:// or https:// is taken as the URL
 */
public record ImportSource(String origin, Dossier dossier, List<Article> articles) {
  public ImportSource {
    articles = List.copyOf(articles);
  }
}
