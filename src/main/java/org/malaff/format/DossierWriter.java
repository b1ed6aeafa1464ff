package org.malaff.format;

import java.time.format.DateTimeFormatter;
import org.malaff.model.Article;
import org.malaff.model.Block;
import org.malaff.model.Byline;
import org.malaff.model.Dossier;
import org.malaff.read.Gazetteer;

/**
 * Writes a {@link Dossier} in the text format, so that {@link DossierReader} reads back the same
 * content. The header and headline list are laid out as in published dossiers; each article's
 * metadata is written as labelled lines ({@code المصدر:}, {@code الكاتب:}, {@code المكان:},
 * {@code الوكالة:}, {@code التاريخ:} …), the one layout that no list of names is needed to read.
 */
public final class DossierWriter {
  /** The line between articles. */
  public static final String SEPARATOR = "====================";

  private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String TOC_HEADING = "عناوين الملف";

  private DossierWriter() {}

  /** The dossier as text, lines ending in {@code \n}. */
  public static String write(Dossier d) {
    StringBuilder out = new StringBuilder(8192);
    if (!d.breadcrumb().isEmpty()) {
      StringBuilder crumbs = new StringBuilder();
      for (String c : d.breadcrumb()) {
        crumbs.append(c).append(" \\ ");
      }
      crumbs.append(d.title() == null ? "" : d.title());
      line(out, crumbs.toString().strip()).append('\n');
    }
    if (d.title() != null) {
      line(out, d.title()).append('\n');
    }
    if (d.date() != null) {
      line(out, HEADER_DATE.format(d.date()));
    }
    if (d.editor() != null) {
      line(out, d.editor());
    }
    out.append('\n');
    line(out, TOC_HEADING);
    for (int i = 0; i < d.toc().size(); i++) {
      line(out, (i + 1) + ".     " + d.toc().get(i));
    }
    out.append('\n');
    for (int i = 0; i < d.articles().size(); i++) {
      if (i > 0) {
        line(out, SEPARATOR);
      }
      writeArticle(out, d.articles().get(i));
    }
    return out.toString();
  }

  private static void writeArticle(StringBuilder out, Article a) {
    line(out, a.headline());
    Byline b = a.byline();
    if (b.source() != null) {
      field(out, readsAsSource(b.source()) ? "المصدر" : "الصحيفة", b.source());
    }
    field(out, "القسم", b.section());
    field(out, "الكاتب", b.author());
    field(out, "المكان", b.place());
    field(out, "الوكالة", b.agency());
    if (b.date() != null || b.time() != null) {
      String date = b.date() == null ? "" : b.date().toString();
      String time = b.time() == null ? "" : String.format("%02d:%02d", b.time().getHour(), b.time().getMinute());
      field(out, "التاريخ", (date + " " + time).strip());
    }
    field(out, "الرمز", b.code());
    for (Block block : a.body()) {
      line(out, block.text());
    }
  }

  /** Whether "المصدر: NAME" reads back as the outlet, not as a place or agency of that name. */
  private static boolean readsAsSource(String name) {
    Gazetteer g = Gazetteer.bundled();
    return g.lookup(Gazetteer.Kind.OUTLET, name).isPresent()
        || (g.lookup(Gazetteer.Kind.PLACE, name).isEmpty() && g.lookup(Gazetteer.Kind.AGENCY, name).isEmpty()
            && !name.contains(":"));
  }

  private static void field(StringBuilder out, String label, String value) {
    if (value != null) {
      line(out, label + ": " + value);
    }
  }

  private static StringBuilder line(StringBuilder out, String text) {
    return out.append(text).append('\n');
  }
}
