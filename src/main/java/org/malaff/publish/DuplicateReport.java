package org.malaff.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.malaff.dedup.SharedPassage;
import org.malaff.model.Article;
import org.malaff.model.DuplicateLink;
import org.malaff.model.DuplicateLink.Kind;
import org.malaff.model.StatementLink;

/**
 * The duplicates of a collection as a report a person reads: groups of copies (exact, near,
 * contained, joined transitively) with each copy's outlet and length and the fullest copy marked,
 * then the pairs that reuse paragraphs, with the longest passage they share, then the statements
 * that articles quote in other words.
 */
public final class DuplicateReport {
  private static final int EXCERPT = 240;

  private DuplicateReport() {}

  public static String render(List<Article> articles, List<DuplicateLink> links, List<StatementLink> statements) {
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<String, String> parent = new HashMap<>();
    for (DuplicateLink l : links) {
      if (l.kind() != Kind.OVERLAP) {
        union(parent, l.a(), l.b());
      }
    }
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String id : byId.keySet()) {
      if (parent.containsKey(id)) {
        groups.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(articles.size()).append(" articles, ").append(groups.size()).append(" groups of copies, ")
        .append(links.stream().filter(l -> l.kind() == Kind.OVERLAP).count()).append(" pairs reusing paragraphs\n");
    int g = 0;
    for (List<String> members : groups.values()) {
      g++;
      String fullest = members.stream().max(Comparator.comparingInt(id -> words(byId.get(id)))).orElseThrow();
      out.append("\nCopies ").append(g).append(": ").append(kinds(links, members)).append('\n');
      for (String id : members) {
        Article a = byId.get(id);
        out.append(id.equals(fullest) ? "  * " : "    ").append(label(a)).append(" — ").append(words(a))
            .append(" words").append(id.equals(fullest) ? " (fullest)" : "").append('\n');
      }
    }
    List<DuplicateLink> overlaps = links.stream().filter(l -> l.kind() == Kind.OVERLAP).toList();
    if (!overlaps.isEmpty()) {
      out.append("\nReused paragraphs:\n");
    }
    for (DuplicateLink l : overlaps) {
      Article a = byId.get(l.a());
      Article b = byId.get(l.b());
      out.append("\n  ").append(label(a)).append("\n  ").append(label(b)).append('\n');
      out.append("    ").append(l.sharedParagraphs().size()).append(" paragraph pairs share passages; the longest:\n");
      String longest = "";
      for (DuplicateLink.ParagraphPair p : l.sharedParagraphs()) {
        String s = SharedPassage.longest(a.paragraphs().get(p.a()), b.paragraphs().get(p.b()));
        if (s.length() > longest.length()) {
          longest = s;
        }
      }
      out.append("    «").append(excerpt(longest)).append("»\n");
    }
    if (!statements.isEmpty()) {
      out.append("\nThe same statement in other words:\n");
    }
    for (StatementLink s : statements) {
      out.append("\n  ").append(label(byId.get(s.a()))).append("\n    «").append(excerpt(s.aText())).append("»\n  ")
          .append(label(byId.get(s.b()))).append("\n    «").append(excerpt(s.bText())).append("»\n");
    }
    return out.toString();
  }

  private static String kinds(List<DuplicateLink> links, List<String> members) {
    return links.stream().filter(l -> l.kind() != Kind.OVERLAP && members.contains(l.a()))
        .map(l -> l.a() + " " + l.kind().code() + " " + l.b() + (l.kind() == Kind.EXACT ? "" : " (" + l.score() + ")"))
        .distinct().reduce((x, y) -> x + "; " + y).orElse("");
  }

  private static String label(Article a) {
    String outlet = a.byline().source() == null ? "(outlet not stated)" : a.byline().source();
    return "[" + a.id() + "] " + outlet + ": " + a.headline();
  }

  private static int words(Article a) {
    int n = 0;
    for (String p : a.paragraphs()) {
      n += p.isBlank() ? 0 : p.strip().split("\\s+").length;
    }
    return n;
  }

  private static String excerpt(String s) {
    return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT) + "…";
  }

  private static void union(Map<String, String> parent, String x, String y) {
    parent.putIfAbsent(x, x);
    parent.putIfAbsent(y, y);
    String rx = find(parent, x);
    String ry = find(parent, y);
    if (!rx.equals(ry)) {
      parent.put(ry, rx);
    }
  }

  private static String find(Map<String, String> parent, String x) {
    String r = x;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }
}
