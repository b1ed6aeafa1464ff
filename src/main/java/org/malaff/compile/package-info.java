/**
 * Compiling a dossier from the archive: the articles a search chose, duplicates folded under the
 * fullest copy ({@code also_in}), ordered, numbered and titled. A pure core over archive records;
 * the command fetches them and the renderers of {@code publish} and {@code format} write the result.
 */
package org.malaff.compile;
