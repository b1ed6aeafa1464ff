/**
 * Renderers that publish a {@link org.malaff.model.Dossier}: JSON in the shape of {@code
 * shared/spec/cli-json.md} ({@link org.malaff.publish.JsonRenderer}) and one right-to-left HTML
 * page ({@link org.malaff.publish.HtmlRenderer}). The dossier text format itself is written by
 * {@link org.malaff.format.DossierWriter}.
 */
package org.malaff.publish;
