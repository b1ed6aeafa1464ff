package org.malaff.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.malaff.model.Article;
import org.malaff.model.Byline;
import org.malaff.model.Dossier;
import org.malaff.model.Problem;

/**
 * Renders a dossier as the JSON of {@code malaff parse --json}: absent values are {@code null},
 * never missing; dates are ISO 8601, times {@code HH:MM}; text exactly as read.
 */
public final class JsonRenderer {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonRenderer() {}

  /** The dossier as a JSON tree. */
  public static ObjectNode tree(Dossier d) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("title", d.title());
    root.put("date", iso(d.date()));
    root.put("editor", d.editor());
    strings(root.putArray("breadcrumb"), d.breadcrumb());
    strings(root.putArray("toc"), d.toc());
    ArrayNode articles = root.putArray("articles");
    for (Article a : d.articles()) {
      articles.add(article(a));
    }
    ArrayNode problems = root.putArray("problems");
    for (Problem p : d.problems()) {
      ObjectNode o = problems.addObject();
      o.put("kind", p.kind().code());
      o.put("article", p.article());
      if (p.line() > 0) {
        o.put("line", p.line());
      } else {
        o.putNull("line");
      }
      o.put("message", p.message());
    }
    return root;
  }

  /** One article as a JSON object. */
  public static ObjectNode article(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    Byline b = a.byline();
    o.put("id", a.id());
    o.put("n", a.n());
    o.put("headline", a.headline());
    o.put("source", b.source());
    o.put("section", b.section());
    o.put("author", b.author());
    o.put("place", b.place());
    o.put("agency", b.agency());
    o.put("date", iso(b.date()));
    o.put("time", hhmm(b.time()));
    o.put("code", b.code());
    strings(o.putArray("subheadings"), a.subheadings());
    strings(o.putArray("paragraphs"), a.paragraphs());
    return o;
  }

  /** The dossier as indented JSON text. */
  public static String render(Dossier d) {
    try {
      return MAPPER.writeValueAsString(tree(d));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialize", e);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String hhmm(LocalTime t) {
    return t == null ? null : String.format("%02d:%02d", t.getHour(), t.getMinute());
  }
}
