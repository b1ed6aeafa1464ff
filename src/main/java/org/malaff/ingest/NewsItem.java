package org.malaff.ingest;

/**
 * One article as a news JSON file gives it (the SaudiNewsNet shape: {@code source, url,
 * date_extracted, title, author, content}). Every field may be {@code null} but {@code where}.
 *
 * @param where the file and position it came from ({@code 2015-07-21.zip#12})
 * @param url the article's address
 * @param source the outlet as the file names it ({@code aawsat})
 * @param date the date field as given ({@code 2015-07-21 02:51:40})
 * @param title the headline
 * @param author the author field, which mixes datelines and names ({@code لندن: رنيم حنوش})
 * @param content the body, paragraphs separated by line breaks
 */
public record NewsItem(String where, String url, String source, String date, String title, String author,
    String content) {}
