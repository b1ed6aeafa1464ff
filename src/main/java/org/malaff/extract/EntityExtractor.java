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
import org.malaff.extract.ner.ModelNameFinder;
import org.malaff.read.Gazetteer;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;

/**
 * Runs extraction over a collection of articles: names ({@link RuleNameFinder}, and, when asked,
 * the names the trained {@link ModelNameFinder} finds where the rules found none), entities ({@link
 * NameClusterer}), quotes ({@link QuoteExtractor}), then each quote's speaker resolved to an
 * entity: the person named, or, for a speaker named by a role alone ("الوزير الروسي", "المسؤول
 * الإيراني"), the one person with a role of exactly the role's words, else the one whose roles
 * hold them all with the fewest words besides, each looked for first among the people of the same
 * article; else the person of the article whose role shares the most words with it ("رئيس
 * الائتلاف" → "رئيس الائتلاف الوطني السوري"; "المسؤول" matches any role).
 */
public final class EntityExtractor {
  private final RuleNameFinder finder;
  private final ModelNameFinder model;
  private final NameClusterer clusterer;
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final SpeakerNames speakerNames;

  /** Names by the rules alone: the fast path for large collections. */
  public EntityExtractor(Gazetteer gazetteer) {
    this(gazetteer, null);
  }

  /** Names by the rules, and by {@code model} where the rules found none (null: rules alone). */
  public EntityExtractor(Gazetteer gazetteer, ModelNameFinder model) {
    this.finder = new RuleNameFinder(gazetteer);
    this.model = model;
    this.clusterer = new NameClusterer(gazetteer);
    this.speakerNames = new SpeakerNames(gazetteer);
  }

  /** Extracts from articles given by id and paragraphs. */
  public Extraction extract(List<String> ids, List<List<String>> paragraphs) {
    List<List<List<WordSpans.Word>>> words = RuleNameFinder.wordsOfArticles(paragraphs); // cut once, for names and quotes
    List<Mention> mentions = finder.findAll(ids, paragraphs, words);
    if (model != null) {
      mentions = withModel(mentions, ids, paragraphs);
    }
    Map<String, List<Mention>> perArticle = new HashMap<>();
    mentions.forEach(m -> perArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
    List<List<Quote>> said = new ArrayList<>(ids.size());
    boolean named = false;
    for (int a = 0; a < ids.size(); a++) {
      List<Mention> mine = perArticle.computeIfAbsent(ids.get(a), k -> new ArrayList<>());
      List<Quote> q = quotes.extract(ids.get(a), paragraphs.get(a), words.get(a), mine);
      words.set(a, null); // done with this article's words
      said.add(q);
      List<Mention> speakers = speakerMentions(ids.get(a), paragraphs.get(a), q, mine);
      if (!speakers.isEmpty()) {
        mine.addAll(speakers);
        mine.sort(java.util.Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start));
        named = true;
      }
      List<String> text = paragraphs.get(a);
      List<Mention> before = List.copyOf(mine);
      mine.replaceAll(m -> AppositiveRoles.of(m, text.get(m.paragraph()), before));
      for (int k = 0; k < mine.size() && !named; k++) {
        named = mine.get(k) != before.get(k);
      }
    }
    if (named) {
      mentions = new ArrayList<>(mentions.size());
      for (String id : new java.util.LinkedHashSet<>(ids)) {
        mentions.addAll(perArticle.get(id));
      }
    }
    List<Entity> entities = clusterer.cluster(mentions);
    Map<Mention, Entity> byMention = new java.util.IdentityHashMap<>(mentions.size() * 2);
    RoleIndex roles = new RoleIndex();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) {
        e.mentions().forEach(m -> byMention.put(m, e)); // speakers are people: only their mentions are looked up
        e.mentions().stream().map(Mention::role).filter(java.util.Objects::nonNull).distinct()
            .forEach(r -> roles.add(e, contentWords(r)));
      }
    }
    List<Quote> out = new ArrayList<>();
    for (int a = 0; a < ids.size(); a++) {
      List<Mention> mine = perArticle.get(ids.get(a));
      for (Quote q : said.get(a)) {
        out.add(q.withSpeaker(resolve(q, mine, roles, byMention)));
      }
    }
    return new Extraction(entities, out);
  }

  /**
   * Person mentions for the speakers that no finder marked and no mention of the article holds:
   * the name a speaker phrase opens with ({@link SpeakerNames}), where the phrase first stands in
   * its paragraph, with the role written after it.
   */
  private List<Mention> speakerMentions(String article, List<String> paragraphs, List<Quote> said, List<Mention> mine) {
    List<Mention> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Quote q : said) {
      String phrase = q.speakerText();
      if (phrase == null || q.anonymous() || seen.contains(phrase) || personNamed(mine, phrase) != null) {
        continue;
      }
      seen.add(phrase);
      String name = speakerNames.nameIn(phrase);
      boolean roleFirst = name == null;
      if (roleFirst) {
        name = speakerNames.nameAfterRole(phrase);
      }
      if (name == null) { // named before: "وقال النعيمي"
        name = speakerNames.familyNameAlone(phrase);
        name = name != null && occurrences(paragraphs, name) >= 2 ? name : null;
      }
      if (name == null || personNamed(mine, name) != null) {
        continue;
      }
      String paragraph = paragraphs.get(q.paragraph());
      int phraseAt = paragraph.indexOf(phrase); // the phrase as read may lack a comma: "المتحدث باسم الوزارة، سركار سورجي"
      int at = phraseAt >= 0 ? phraseAt + phrase.lastIndexOf(name) : wholeWordAt(paragraph, name);
      if (at >= 0) {
        String role = roleFirst ? phrase.substring(0, phrase.lastIndexOf(name)).strip()
            : withoutConjunction(phrase.substring(phrase.indexOf(name) + name.length()).strip());
        out.add(new Mention(article, q.paragraph(), at, at + name.length(), name, EntityType.PERSON,
            role.isEmpty() ? null : role));
        seen.add(name);
      }
    }
    return out;
  }

  /** How many times {@code word} stands in the paragraphs, as a whole word or behind a one-letter prefix. */
  private static int occurrences(List<String> paragraphs, String word) {
    int count = 0;
    for (String p : paragraphs) {
      for (int i = p.indexOf(word); i >= 0; i = p.indexOf(word, i + word.length())) {
        boolean opens = i == 0 || !Character.isLetter(p.charAt(i - 1)) || i == 1 || !Character.isLetter(p.charAt(i - 2));
        if (opens && endsWord(p, i + word.length())) {
          count++;
        }
      }
    }
    return count;
  }

  /** Where {@code name} first stands as whole words in the paragraph ("علي حسن", not inside "علي حسني"), or -1. */
  private static int wholeWordAt(String paragraph, String name) {
    for (int i = paragraph.indexOf(name); i >= 0; i = paragraph.indexOf(name, i + 1)) {
      if ((i == 0 || !Character.isLetter(paragraph.charAt(i - 1))) && endsWord(paragraph, i + name.length())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean endsWord(String text, int end) {
    return end == text.length() || !Character.isLetter(text.charAt(end));
  }

  /** A role without the و that joins it to the name: "جورج صبرا وعضو الائتلاف" is عضو الائتلاف. */
  private static String withoutConjunction(String role) {
    String head = role.length() > 1 && role.charAt(0) == 'و' ? headWord(role.substring(1)) : null;
    return head != null && RuleNameFinder.opensRole(head) ? role.substring(1) : role;
  }

  /**
   * The article's person mention written as {@code name}, or ending with it (ظريف in محمد جواد
   * ظريف), or else the one person of the article whose name starts with it ("وأوضح سعد" after
   * "سعد عبدالله"): a speaker called by a first name that no one else of the article has.
   */
  private static Mention personNamed(List<Mention> mine, String name) {
    Mention ending = null;
    Mention starting = null;
    boolean twoStart = false;
    for (Mention m : mine) {
      if (m.type() == EntityType.PERSON) {
        if (m.text().equals(name)) {
          return m;
        }
        if (ending == null && m.text().endsWith(" " + name)) {
          ending = m;
        }
        if (m.text().startsWith(name + " ")) {
          twoStart |= starting != null && !starting.text().equals(m.text());
          starting = starting == null ? m : starting;
        }
      }
    }
    return ending != null ? ending : twoStart || name.indexOf(' ') >= 0 ? null : starting;
  }

  /** The rules' mentions with the model's that overlap none of them, article by article, in text order. */
  private List<Mention> withModel(List<Mention> ruled, List<String> ids, List<List<String>> paragraphs) {
    Map<String, List<Mention>> byArticle = new HashMap<>();
    ruled.forEach(m -> byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
    List<Mention> out = new ArrayList<>(ruled.size());
    for (int a = 0; a < ids.size(); a++) {
      List<Mention> mine = new ArrayList<>(byArticle.getOrDefault(ids.get(a), List.of()));
      int ruledCount = mine.size();
      for (Mention m : model.find(ids.get(a), paragraphs.get(a))) {
        boolean overlaps = false;
        for (int k = 0; k < ruledCount && !overlaps; k++) {
          Mention r = mine.get(k);
          overlaps = r.paragraph() == m.paragraph() && r.start() < m.end() && m.start() < r.end();
        }
        if (!overlaps && m.type() != EntityType.OTHER) {
          mine.add(m);
        }
      }
      mine.sort(java.util.Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start));
      out.addAll(mine);
    }
    return out;
  }

  private String resolve(Quote q, List<Mention> mine, RoleIndex roles, Map<Mention, Entity> byMention) {
    if (q.speakerText() == null || q.anonymous()) {
      return null;
    }
    for (Mention m : mine) {
      if (m.type() == EntityType.PERSON && m.text().equals(q.speakerText()) && byMention.containsKey(m)) {
        return byMention.get(m).id();
      }
    }
    String name = speakerNames.nameIn(q.speakerText());
    if (name == null) {
      name = speakerNames.nameAfterRole(q.speakerText());
    }
    if (name == null && q.speakerText().indexOf(' ') < 0) {
      name = q.speakerText(); // a family name with the article: "وأضاف الخليل" is يوسف الخليل, named before
    }
    Mention holder = name == null ? null : personNamed(mine, name);
    if (holder != null && byMention.containsKey(holder)) {
      return byMention.get(holder).id();
    }
    Set<String> words = contentWords(q.speakerText());
    String head = headWord(q.speakerText());
    if (words.isEmpty() || !RuleNameFinder.opensRole(head)) {
      return null; // "الائتلاف" or "الخارجية الروسية" speak as bodies: no person holds them
    }
    Set<String> inArticle = new HashSet<>();
    for (Mention m : mine) {
      Entity e = byMention.get(m);
      if (e != null && e.type() == EntityType.PERSON) {
        inArticle.add(e.id());
      }
    }
    List<Set<String>> everywhere = List.of(roles.holders(words, true), roles.holders(words, false));
    boolean anyLocal = false;
    for (Set<String> holders : everywhere) {
      Set<String> local = new HashSet<>(holders);
      local.retainAll(inArticle);
      if (local.size() == 1) {
        return local.iterator().next();
      }
      anyLocal |= !local.isEmpty();
    }
    String closest = roles.closest(words, head, inArticle);
    if (closest == null) {
      closest = roles.onlyHolderOf(head, words, inArticle);
    }
    if (closest != null || anyLocal) {
      return closest; // someone of the article holds the role: not a namesake elsewhere in the collection
    }
    for (Set<String> holders : everywhere) {
      if (holders.size() == 1) {
        return holders.iterator().next(); // in a dossier, "وزير الخارجية الروسي" is the one named in another article
      }
    }
    return null;
  }

  /** The first content word of a phrase ("رئيس" in "إلا أن رئيس الائتلاف"), as {@link #contentWords} gives it. */
  private static String headWord(String phrase) {
    String title = null;
    for (String w : ArabicNormalizer.normalize(phrase, Level.STANDARD).split("[^\\p{L}]+")) {
      String x = w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
      if (x.length() > 1 && TITLES.contains(x) && title == null) {
        title = x;
      } else if (x.length() > 1) {
        return x;
      }
    }
    return title;
  }

  /**
   * People by the words of their roles. A speaker named by a role is the one person with a role of
   * exactly its words ({@code exact}), else the one whose role holds them all with the fewest words
   * besides; exact first, so "وزير الخارجية الروسي" is the minister, not his deputy ("نائب وزير
   * الخارجية الروسي"), and so is "الوزير الروسي".
   */
  private static final class RoleIndex {
    /** Heads that name no office of their own: the rest of the phrase must say who. */
    private static final Set<String> GENERIC_HEADS = Set.of("مسؤول", "المسؤول");
    private final Map<Set<String>, Set<String>> exact = new HashMap<>();
    private final Map<String, Set<String>> byWord = new HashMap<>();
    private final Map<String, List<Set<String>>> rolesOf = new HashMap<>();

    void add(Entity e, Set<String> role) {
      if (role.isEmpty()) {
        return;
      }
      exact.computeIfAbsent(role, k -> new HashSet<>()).add(e.id());
      role.forEach(w -> byWord.computeIfAbsent(w, k -> new HashSet<>()).add(e.id()));
      rolesOf.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(role);
    }

    /**
     * Among the people of the article, the one whose role shares the head word and the most other
     * words with the speaker's role, at least two in all: "رئيس الائتلاف السوري المعارض" is the
     * person called "رئيس الائتلاف الوطني السوري"; null when none, or when two share as many. A
     * generic head (المسؤول) matches any role: "المسؤول الإيراني" is the one Iranian with a role.
     */
    String closest(Set<String> words, String head, Set<String> people) {
      Map<String, Integer> shared = new HashMap<>();
      boolean generic = GENERIC_HEADS.contains(head);
      for (String e : people) {
        for (Set<String> r : rolesOf.getOrDefault(e, List.of())) {
          if (generic || r.contains(head)) {
            shared.merge(e, (int) r.stream().filter(words::contains).count() + (generic ? 1 : 0), Math::max);
          }
        }
      }
      int most = shared.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      List<String> best = shared.keySet().stream().filter(e -> shared.get(e) == most).toList();
      return most >= 2 && best.size() == 1 ? best.get(0) : null;
    }

    /**
     * The one person of the article whose role has the head word of the speaker's role, when the
     * speaker's role adds no adjective that the role lacks: "مبعوث الأمم المتحدة إلى ليبيا" is the
     * person called "المبعوث الأممي"; "وزير الخارجية الأمريكي" is not the one called "وزير
     * الخارجية الروسي", nor is anyone when two people of the article are ministers.
     */
    String onlyHolderOf(String head, Set<String> words, Set<String> people) {
      if (GENERIC_HEADS.contains(head)) {
        return null;
      }
      String holder = null;
      for (String e : people) {
        for (Set<String> r : rolesOf.getOrDefault(e, List.of())) {
          if (r.contains(head)) {
            boolean fits = words.stream().noneMatch(w -> w.length() >= 4 && w.endsWith("ي") && !r.contains(w));
            if (!fits || (holder != null && !holder.equals(e))) {
              return null;
            }
            holder = e;
          }
        }
      }
      return holder;
    }

    Set<String> holders(Set<String> words, boolean exactly) {
      if (exactly) {
        return exact.getOrDefault(words, Set.of());
      }
      Set<String> out = new HashSet<>();
      int fewest = Integer.MAX_VALUE;
      for (String e : byWord.getOrDefault(words.iterator().next(), Set.of())) {
        int size = rolesOf.get(e).stream().filter(r -> r.containsAll(words)).mapToInt(Set::size).min().orElse(-1);
        if (size >= 0 && size <= fewest) {
          if (size < fewest) {
            out.clear();
            fewest = size;
          }
          out.add(e);
        }
      }
      return out;
    }
  }

  /** The words of a role, normalized, without the article: "الوزير الروسي" → وزير، روسي. */
  private static Set<String> contentWords(String phrase) {
    Set<String> out = new HashSet<>();
    for (String w : ArabicNormalizer.normalize(phrase, Level.STANDARD).split("[^\\p{L}]+")) {
      String x = w.startsWith("ال") && w.length() > 3 ? w.substring(2)
          : w.startsWith("وال") && w.length() > 4 ? w.substring(3) : w; // "والمدرب المؤقت": a second role
      if (x.length() > 1) {
        out.add(x);
      }
    }
    if (!TITLES.containsAll(out)) {
      out.removeAll(TITLES); // "السيد مدير التربية" is "الأستاذ ماهر كمال فرج"'s "مدير التربية"
    }
    return out;
  }

  /**
   * Courtesy titles, without the article, that say nothing of the office ("السيد مدير التربية").
   * Not الأستاذ or الدكتور: without the article they are offices (أستاذ العلوم السياسية).
   */
  private static final Set<String> TITLES = Set.of("سيد", "سيده");
}
