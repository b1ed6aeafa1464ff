package org.malaff.compile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malaff.archive.StoredArticle;
import org.malaff.archive.StoredLink;
import org.malaff.model.Article;
import org.malaff.model.Dossier;

/**
 * Builds a dossier from chosen articles. Articles joined by exact, near or contained links are one
 * story: the fullest copy (most text) is kept where the first of them stood, the others are listed
 * under it as {@code also_in}, with any copy outside the chosen set that the links name. Overlap
 * links (a shared paragraph) do not fold. Then the kept articles are ordered (by date, oldest first,
 * undated last, or as chosen, for relevance), numbered from 1, and their headlines make the list.
 */
public final class DossierCompiler {
  private static final Set<String> FOLDING = Set.of("exact", "near", "contained");

  /** How the kept articles are ordered. */
  public enum Order { DATE, AS_CHOSEN }

  private DossierCompiler() {}

  /**
   * @param chosen the articles, best first
   * @param links every duplicate link of the chosen articles
   */
  public static CompiledDossier compile(List<StoredArticle> chosen, List<StoredLink> links, String title, LocalDate date,
      String editor, Order order) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < chosen.size(); i++) {
      rank.putIfAbsent(chosen.get(i).id(), i);
    }
    Map<String, String> parent = new HashMap<>();
    chosen.forEach(a -> parent.put(a.id(), a.id()));
    Map<String, List<String>> outside = new HashMap<>();
    for (StoredLink l : links) {
      if (!FOLDING.contains(l.kind())) {
        continue;
      }
      boolean a = rank.containsKey(l.a());
      boolean b = rank.containsKey(l.b());
      if (a && b) {
        union(parent, l.a(), l.b());
      } else if (a || b) {
        outside.computeIfAbsent(a ? l.a() : l.b(), k -> new ArrayList<>()).add(a ? l.b() : l.a());
      }
    }
    Map<String, List<StoredArticle>> groups = new LinkedHashMap<>();
    for (StoredArticle s : chosen) {
      groups.computeIfAbsent(find(parent, s.id()), k -> new ArrayList<>()).add(s);
    }
    List<StoredArticle> kept = new ArrayList<>();
    Map<String, List<String>> alsoIn = new HashMap<>();
    for (List<StoredArticle> group : groups.values()) {
      StoredArticle fullest = group.stream().max(Comparator.comparingInt(DossierCompiler::length)
          .thenComparing(s -> -rank.get(s.id()))).orElseThrow();
      kept.add(fullest);
      List<String> others = new ArrayList<>();
      for (StoredArticle s : group) {
        if (s != fullest) {
          others.add(s.id());
        }
        for (String o : outside.getOrDefault(s.id(), List.of())) {
          if (!others.contains(o) && !o.equals(fullest.id())) {
            others.add(o);
          }
        }
      }
      if (!others.isEmpty()) {
        alsoIn.put(fullest.id(), others);
      }
    }
    if (order == Order.DATE) {
      kept.sort(Comparator.comparing((StoredArticle s) -> s.article().byline().date(),
          Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(s -> rank.get(s.id())));
    }
    List<Article> articles = new ArrayList<>();
    List<String> toc = new ArrayList<>();
    for (StoredArticle s : kept) {
      Article a = s.article();
      articles.add(new Article(s.id(), articles.size() + 1, a.headline(), a.byline(), a.body(), 0));
      toc.add(a.headline());
    }
    Dossier d = new Dossier(List.of("الرئيسة", "ملفات المركز"), title, date, editor, toc, articles, List.of());
    return new CompiledDossier(d, alsoIn);
  }

  private static int length(StoredArticle s) {
    return s.article().paragraphs().stream().mapToInt(String::length).sum();
  }

  private static String find(Map<String, String> parent, String x) {
    while (!parent.get(x).equals(x)) {
      parent.put(x, parent.get(parent.get(x)));
      x = parent.get(x);
    }
    return x;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }
}
