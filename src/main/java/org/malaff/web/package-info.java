/**
 * The site and the editor (Javalin + JTE): thin handlers over the archive, compile and publish.
 *
 * <p>{@link org.malaff.web.Site} wires the routes and the rules every request passes: security
 * headers (a Content-Security-Policy with no script at all), a session and a CSRF token for every
 * state-changing request, an editor's login for everything under {@code /editor/}.
 * {@link org.malaff.web.PublicPages} and {@link org.malaff.web.EditorPages} turn archive records
 * into the view records of {@link org.malaff.web.Views}, which the templates in {@code src/main/jte}
 * (compiled to Java at build time) render with every value escaped.
 */
package org.malaff.web;
