package org.malaff.format;

import java.time.LocalDate;
import java.util.List;

/**
 * The lines above a dossier's headline list.
 *
 * @param breadcrumb the site path, without the title
 * @param title the title or {@code null}
 * @param date the date or {@code null}
 * @param editor the editor or {@code null}
 * @param end the index of the first line after the header
 */
record DossierHeader(List<String> breadcrumb, String title, LocalDate date, String editor, int end) {}
