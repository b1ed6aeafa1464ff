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
import org.malaff.model.DuplicateLink;
import org.malaff.model.Entity;
import org.malaff.model.Mention;
import org.malaff.model.Problem;
import org.malaff.model.Quote;
import org.malaff.model.StatementLink;

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
    root.set("problems", problems(d.problems()));
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

  /** One duplicate link as a JSON object: {@code a, b, kind, score, shared_paragraphs}. */
  public static ObjectNode duplicate(DuplicateLink link) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("a", link.a());
    o.put("b", link.b());
    o.put("kind", link.kind().code());
    o.put("score", link.score());
    ArrayNode pairs = o.putArray("shared_paragraphs");
    for (DuplicateLink.ParagraphPair p : link.sharedParagraphs()) {
      pairs.addArray().add(p.a()).add(p.b());
    }
    return o;
  }

  /** One statement link as a JSON object: {@code a, b, score, a_text, b_text}. */
  public static ObjectNode statement(StatementLink link) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("a", link.a());
    o.put("b", link.b());
    o.put("score", link.score());
    o.put("a_text", link.aText());
    o.put("b_text", link.bText());
    return o;
  }

  /** One entity as a JSON object: {@code id, type, name, variants, roles, mentions}. */
  public static ObjectNode entity(Entity e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("type", e.type().code());
    o.put("name", e.name());
    strings(o.putArray("variants"), e.variants());
    strings(o.putArray("roles"), e.roles());
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : e.mentions()) {
      ObjectNode mo = mentions.addObject();
      mo.put("article", m.article());
      mo.put("text", m.text());
    }
    return o;
  }

  /** One quote as a JSON object: {@code article, speaker, speaker_text, direct, anonymous, text}. */
  public static ObjectNode quote(Quote q) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("article", q.article());
    o.put("speaker", q.speaker());
    o.put("speaker_text", q.speakerText());
    o.put("direct", q.direct());
    o.put("anonymous", q.anonymous());
    o.put("text", q.text());
    return o;
  }

  /** Problems as a JSON array. */
  public static ArrayNode problems(List<Problem> list) {
    ArrayNode problems = MAPPER.createArrayNode();
    for (Problem p : list) {
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
    return problems;
  }

  /** A new empty JSON object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A JSON tree as indented text. */
  public static String text(ObjectNode tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialize", e);
    }
  }

  /** The dossier as indented JSON text. */
  public static String render(Dossier d) {
    return text(tree(d));
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
