package org.malaff.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * A dossier as the archive keeps it: its title, date and editor, and its articles by archive id in
 * the dossier's order.
 */
public record StoredDossier(String id, String title, LocalDate date, String editor, List<String> breadcrumb,
    List<String> articleIds, String origin) {
  public StoredDossier {
    breadcrumb = List.copyOf(breadcrumb);
    articleIds = List.copyOf(articleIds);
  }
}
