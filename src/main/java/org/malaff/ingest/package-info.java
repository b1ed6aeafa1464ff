/**
 * Getting text into Malaff: files with size limits, text told from binary, Arabic decoded in UTF-8,
 * UTF-16, windows-1256, ISO-8859-6 or cp720 ({@link org.malaff.ingest.TextFileReader},
 * {@link org.malaff.ingest.ArabicCharsets}); web pages and feeds — their charset decided as browsers
 * do ({@link org.malaff.ingest.PageDecoder}), the article found in a page
 * ({@link org.malaff.ingest.ArticleExtractor}), RSS/Atom read with DOCTYPEs refused
 * ({@link org.malaff.ingest.FeedReader}, {@link org.malaff.ingest.OpmlReader}); and fetching under
 * limits, with internal addresses refused before any connection ({@link org.malaff.ingest.Fetcher},
 * {@link org.malaff.ingest.AddressGuard}). Input that cannot be read raises
 * {@link org.malaff.ingest.BadInputException}, naming the file or URL and, where there is one, the line.
 */
package org.malaff.ingest;
