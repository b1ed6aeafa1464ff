package org.malaff.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * A dossier as the archive keeps it: its title, date and editor, its articles by archive id in the
 * dossier's order, and whether readers see it (an editor's draft is not published).
 */
public record StoredDossier(String id, String title, LocalDate date, String editor, List<String> breadcrumb,
    List<String> articleIds, String origin, boolean published) {
  public StoredDossier {
    breadcrumb = List.copyOf(breadcrumb);
    articleIds = List.copyOf(articleIds);
  }

  /** A published dossier (one imported from where it was published). */
  public StoredDossier(String id, String title, LocalDate date, String editor, List<String> breadcrumb,
      List<String> articleIds, String origin) {
    this(id, title, date, editor, breadcrumb, articleIds, origin, true);
  }

  public StoredDossier withPublished(boolean value) {
    return new StoredDossier(id, title, date, editor, breadcrumb, articleIds, origin, value);
  }
}
