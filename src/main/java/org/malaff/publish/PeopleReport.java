package org.malaff.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.malaff.model.Article;
import org.malaff.model.Entity;
import org.malaff.model.EntityType;
import org.malaff.model.Quote;

/**
 * Who said what: for each person quoted, their spellings and roles, then each quote with its
 * article, outlet and date. Anonymous sources and unresolved speakers come last.
 */
public final class PeopleReport {
  private static final int EXCERPT = 200;

  private PeopleReport() {}

  public static String render(List<Article> articles, List<Entity> entities, List<Quote> quotes) {
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<String, Entity> people = new LinkedHashMap<>();
    entities.stream().filter(e -> e.type() == EntityType.PERSON).forEach(e -> people.put(e.id(), e));
    Map<String, List<Quote>> said = new LinkedHashMap<>();
    List<Quote> unknown = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.speaker() != null && people.containsKey(q.speaker())) {
        said.computeIfAbsent(q.speaker(), k -> new ArrayList<>()).add(q);
      } else {
        unknown.add(q);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("\nWho said what: ").append(quotes.size()).append(" quotes, ").append(said.size())
        .append(" people quoted\n");
    said.entrySet().stream().sorted((x, y) -> y.getValue().size() - x.getValue().size()).forEach(entry -> {
      Entity e = people.get(entry.getKey());
      out.append("\n").append(e.name());
      if (e.variants().size() > 1) {
        out.append(" (also ").append(String.join("، ", e.variants().subList(1, e.variants().size()))).append(')');
      }
      out.append('\n');
      if (!e.roles().isEmpty()) {
        out.append("  ").append(String.join(" · ", e.roles())).append('\n');
      }
      for (Quote q : entry.getValue()) {
        line(out, q, byId.get(q.article()));
      }
    });
    if (!unknown.isEmpty()) {
      out.append("\nAnonymous sources and speakers not resolved to a person:\n");
      for (Quote q : unknown) {
        out.append("  ").append(q.speakerText() == null ? "(speaker unknown)" : q.speakerText())
            .append(q.anonymous() ? " (anonymous)" : "").append('\n');
        line(out, q, byId.get(q.article()));
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, Quote q, Article a) {
    String outlet = a == null || a.byline().source() == null ? "" : a.byline().source();
    String date = a == null || a.byline().date() == null ? "" : " " + a.byline().date();
    String text = q.text().length() > EXCERPT ? q.text().substring(0, EXCERPT) + "…" : q.text();
    out.append("  [").append(q.article()).append("] ").append(outlet).append(date).append(": ")
        .append(q.direct() ? "«" + text + "»" : text).append('\n');
  }
}
