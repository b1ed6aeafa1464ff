package org.malaff.archive;

import java.time.LocalDate;

/** Enough of a stored article to list and link it: id, headline, outlet and date (or null). */
public record ArticleRef(String id, String headline, String source, LocalDate date) {}
