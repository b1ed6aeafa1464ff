/**
 * Getting text into Malaff: reading files with size limits, telling text from binary, and
 * decoding Arabic text in UTF-8, UTF-16 (with a byte-order mark), windows-1256 or ISO-8859-6.
 * Input that cannot be read raises {@link org.malaff.ingest.BadInputException}, naming the file
 * and, where there is one, the line.
 */
package org.malaff.ingest;
