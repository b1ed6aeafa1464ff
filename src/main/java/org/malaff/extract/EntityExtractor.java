package org.malaff.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malaff.model.Entity;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.model.Quote;
import org.malaff.read.Gazetteer;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;

/**
 * Runs extraction over a collection of articles: names ({@link RuleNameFinder}), entities ({@link
 * NameClusterer}), quotes ({@link QuoteExtractor}), then each quote's speaker resolved to an
 * entity: the person named, or, for a speaker named by a role alone ("الوزير الروسي", "المسؤول
 * الإيراني"), the one person whose roles hold all the role's words, looked for first among the
 * people of the same article.
 */
public final class EntityExtractor {
  private final RuleNameFinder finder;
  private final NameClusterer clusterer;
  private final QuoteExtractor quotes = new QuoteExtractor();

  public EntityExtractor(Gazetteer gazetteer) {
    this.finder = new RuleNameFinder(gazetteer);
    this.clusterer = new NameClusterer(gazetteer);
  }

  /** Extracts from articles given by id and paragraphs. */
  public Extraction extract(List<String> ids, List<List<String>> paragraphs) {
    List<Mention> mentions = finder.findAll(ids, paragraphs);
    List<Entity> entities = clusterer.cluster(mentions);
    Map<Mention, Entity> byMention = new HashMap<>();
    for (Entity e : entities) {
      e.mentions().forEach(m -> byMention.put(m, e));
    }
    Map<String, List<Mention>> perArticle = new HashMap<>();
    mentions.forEach(m -> perArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
    List<Quote> out = new ArrayList<>();
    for (int a = 0; a < ids.size(); a++) {
      List<Mention> mine = perArticle.getOrDefault(ids.get(a), List.of());
      for (Quote q : quotes.extract(ids.get(a), paragraphs.get(a), mine)) {
        out.add(q.withSpeaker(resolve(q, mine, entities, byMention)));
      }
    }
    return new Extraction(entities, out);
  }

  private static String resolve(Quote q, List<Mention> mine, List<Entity> entities, Map<Mention, Entity> byMention) {
    if (q.speakerText() == null || q.anonymous()) {
      return null;
    }
    for (Mention m : mine) {
      if (m.type() == EntityType.PERSON && m.text().equals(q.speakerText()) && byMention.containsKey(m)) {
        return byMention.get(m).id();
      }
    }
    Set<String> words = contentWords(q.speakerText());
    if (words.isEmpty()) {
      return null;
    }
    Set<Entity> inArticle = new HashSet<>();
    for (Mention m : mine) {
      Entity e = byMention.get(m);
      if (e != null && e.type() == EntityType.PERSON) {
        inArticle.add(e);
      }
    }
    String local = unique(inArticle, words);
    return local != null ? local : unique(entities, words);
  }

  private static String unique(Iterable<Entity> pool, Set<String> words) {
    String found = null;
    for (Entity e : pool) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      boolean holds = e.mentions().stream().map(org.malaff.model.Mention::role).filter(java.util.Objects::nonNull)
          .anyMatch(r -> contentWords(r).containsAll(words));
      if (holds) {
        if (found != null && !found.equals(e.id())) {
          return null;
        }
        found = e.id();
      }
    }
    return found;
  }

  /** The words of a role, normalized, without the article: "الوزير الروسي" → وزير، روسي. */
  private static Set<String> contentWords(String phrase) {
    Set<String> out = new HashSet<>();
    for (String w : ArabicNormalizer.normalize(phrase, Level.STANDARD).split("[^\\p{L}]+")) {
      String x = w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
      if (x.length() > 1) {
        out.add(x);
      }
    }
    return out;
  }
}
