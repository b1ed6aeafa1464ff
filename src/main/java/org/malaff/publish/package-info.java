/**
 * Renderers that publish a {@link org.malaff.model.Dossier}: JSON in the shape of {@code
 * shared/spec/cli-json.md} ({@link org.malaff.publish.JsonRenderer}), one right-to-left HTML page
 * ({@link org.malaff.publish.HtmlRenderer}) and a PDF for print laid out from that page, Arabic
 * shaped and ordered by ICU, its font bundled and embedded ({@link org.malaff.publish.PdfRenderer}).
 * The dossier text format itself is written by {@link org.malaff.format.DossierWriter}.
 */
package org.malaff.publish;
