package org.malaff.archive;

import java.time.LocalDate;

/** One hit: the article, and a snippet with the matched words between {@code <b>} and {@code </b>}, HTML-escaped. */
public record SearchHit(String id, String headline, String source, LocalDate date, String snippet, float score) {}
