/**
 * The archive: Malaff's memory. {@link org.malaff.archive.Archive} is the port; {@link
 * org.malaff.archive.EmbeddedArchive} its embedded adapter, records in one SQLite file (the source
 * of truth, schema migrations in {@code resources/org/malaff/archive/migrations}) and a Lucene
 * index derived from them ({@link org.malaff.archive.SearchIndex}, rebuilt by {@code malaff
 * reindex}). {@link org.malaff.archive.Importer} turns read articles into a stored batch:
 * duplicates linked rather than stored twice, entities and quotes extracted.
 */
package org.malaff.archive;
