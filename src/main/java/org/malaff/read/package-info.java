/**
 * Reading an article's metadata: its outlet, section, author, dateline place, agency, date and
 * wire code, from the lines around its headline and at its end.
 *
 * <p>{@link org.malaff.read.Gazetteer} holds the bundled lists of outlets, agencies, places,
 * sections and given names; {@link org.malaff.read.BylineLineReader} classifies one line by the
 * layout rules; {@link org.malaff.read.BylineReader} walks an article's head and tail with it;
 * {@link org.malaff.read.SubheadingRule} says which body lines are subheadings, for every reader.
 * All of it is pure: text in, records out, problems as values.
 */
package org.malaff.read;
