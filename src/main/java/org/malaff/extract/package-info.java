/**
 * Extraction: people, organisations and places named in articles, their spellings merged into one
 * entity each, and the quotes with their speakers.
 *
 * <p>{@link org.malaff.extract.RuleNameFinder} finds names by the rules of news writing (roles,
 * given names, the gazetteer, organisation words, one-word references with evidence); the trained
 * recognizer in {@code extract.ner} adds the names the rules miss. {@link
 * org.malaff.extract.NameKey} says when two spellings can be one name; {@link
 * org.malaff.extract.NameClusterer} merges mentions into {@link org.malaff.model.Entity}s; {@link
 * org.malaff.extract.QuoteExtractor} finds direct and reported quotes and who said them; {@link
 * org.malaff.extract.SpeakerNames} makes a person of a speaker no finder marked; {@link
 * org.malaff.extract.AppositiveRoles} gives a person the role written around the name, so that a
 * speaker named by that role is resolved; {@link org.malaff.extract.EntityExtractor} runs them over
 * a collection. {@link org.malaff.extract.QuoteGold} scores an extraction against a hand
 * annotation of who said what ({@code malaff bench quotes}, and the tests).
 */
package org.malaff.extract;
