/**
 * The dossier text format (spec in {@code docs/dossier-format.md}): {@link
 * org.malaff.format.DossierReader} turns text into a {@link org.malaff.model.Dossier}, {@link
 * org.malaff.format.DossierWriter} turns one back into text that reads the same.
 *
 * <p>The reader never throws for bad input: it repairs what it can and lists {@link
 * org.malaff.model.Problem}s, capped in number.
 */
package org.malaff.format;
