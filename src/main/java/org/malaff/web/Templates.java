package org.malaff.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The site's JTE templates, compiled to classes at build time (HTML mode: every value is escaped). */
final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code name} (such as "dossier.jte") with its parameters. */
  String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput(32 * 1024);
    engine.render(name, params, out);
    return out.toString();
  }
}
