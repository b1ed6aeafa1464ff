/**
 * Extraction: people, organisations and places named in articles, their spellings merged into one
 * entity each, and the quotes with their speakers.
 *
 * <p>{@link org.malaff.extract.NameKey} says when two spellings can be one name; {@link
 * org.malaff.extract.NameClusterer} merges mentions into {@link org.malaff.model.Entity}s; {@link
 * org.malaff.extract.QuoteExtractor} finds direct and reported quotes and who said them.
 */
package org.malaff.extract;
