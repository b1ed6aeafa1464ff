package org.malaff.publish;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.malaff.model.Article;
import org.malaff.model.Block;
import org.malaff.model.Byline;
import org.malaff.model.Dossier;

/**
 * Renders a dossier as one self-contained HTML page: {@code lang="ar" dir="rtl"}, the headline
 * list linking to each article ({@code #article-N}), each article with its byline, subheadings and
 * paragraphs. Every piece of text is escaped; the page needs no script and reads on a phone. The
 * markup is also well-formed XHTML, so that {@link PdfRenderer} can lay it out for print.
 */
public final class HtmlRenderer {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final String STYLE =
      "body{font-family:'Noto Naskh Arabic','Amiri','Segoe UI',Tahoma,sans-serif;line-height:1.8;"
          + "max-width:46rem;margin:0 auto;padding:1rem;color:#1b1b1b;background:#fdfcf9}"
          + "h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin:0 0 .3rem}"
          + "h3{font-size:1.05rem;margin:1rem 0 .2rem}nav.crumbs,.dossier-meta,.byline{color:#5b5b5b;font-size:.9rem}"
          + "ol.toc{list-style:none;padding:0}ol.toc li{margin:.25rem 0}article{border-top:1px solid #d8d4c8;padding-top:1rem;margin-top:1.5rem}"
          + "a{color:#0b5394;text-decoration:none}a:hover{text-decoration:underline}"
          + ".top{font-size:.85rem}";

  private HtmlRenderer() {}

  /** The dossier as an HTML document. */
  public static String render(Dossier d) {
    StringBuilder h = new StringBuilder(16384);
    String title = d.title() == null ? "ملف" : d.title();
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\">\n<head>\n")
        .append("<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>").append(STYLE)
        .append("</style>\n</head>\n<body>\n<header id=\"top\">\n");
    if (!d.breadcrumb().isEmpty()) {
      h.append("<nav class=\"crumbs\">").append(escape(String.join(" \u2190 ", d.breadcrumb()))).append("</nav>\n");
    }
    h.append("<h1>").append(escape(title)).append("</h1>\n");
    List<String> meta = new ArrayList<>();
    if (d.date() != null) {
      meta.add("<time datetime=\"" + DATE.format(d.date()) + "\">" + DATE.format(d.date()) + "</time>");
    }
    if (d.editor() != null) {
      meta.add(escape(d.editor()));
    }
    if (!meta.isEmpty()) {
      h.append("<p class=\"dossier-meta\">").append(String.join(" · ", meta)).append("</p>\n");
    }
    h.append("</header>\n<nav aria-label=\"عناوين الملف\">\n<h2>عناوين الملف</h2>\n<ol class=\"toc\">\n");
    for (Article a : d.articles()) {
      h.append("<li><a href=\"#article-").append(a.n()).append("\">").append(a.n()).append(". ")
          .append(escape(a.headline())).append("</a></li>\n");
    }
    h.append("</ol>\n</nav>\n<main>\n");
    for (Article a : d.articles()) {
      article(h, a);
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void article(StringBuilder h, Article a) {
    h.append("<article id=\"article-").append(a.n()).append("\">\n<h2>").append(a.n()).append(". ")
        .append(escape(a.headline())).append("</h2>\n");
    String byline = byline(a.byline());
    if (!byline.isEmpty()) {
      h.append("<p class=\"byline\">").append(byline).append("</p>\n");
    }
    for (Block b : a.body()) {
      String tag = b.isSubheading() ? "h3" : "p";
      h.append('<').append(tag).append('>').append(escape(b.text())).append("</").append(tag).append(">\n");
    }
    h.append("<p class=\"top\"><a href=\"#top\">عودة إلى العناوين</a></p>\n</article>\n");
  }

  private static String byline(Byline b) {
    List<String> parts = new ArrayList<>();
    for (String s : new String[] {b.source(), b.section(), b.author(), b.place(), b.agency()}) {
      if (s != null) {
        parts.add(escape(s));
      }
    }
    if (b.date() != null) {
      String when = DATE.format(b.date());
      if (b.time() != null) {
        when += String.format(" %02d:%02d", b.time().getHour(), b.time().getMinute());
      }
      parts.add("<time datetime=\"" + DATE.format(b.date()) + "\">" + when + "</time>");
    }
    return String.join(" · ", parts);
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
