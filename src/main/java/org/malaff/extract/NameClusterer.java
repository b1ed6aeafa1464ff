package org.malaff.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.malaff.model.Entity;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.read.Gazetteer;

/**
 * Merges mentions into entities: one entity per real-world name across spellings.
 *
 * <p>People:
 *
 * <ol>
 *   <li>names of two words or more meet when one equals the other, or a final run of its words,
 *       under {@link NameKey#nameSkeleton} (سيرغي لافروف = سيرجي لافروف; حسين أمير عبد اللهيان ⊃
 *       أميرعبد اللهيان ⊃ عبد اللهيان; أحمد الجربا = أحمد جربا). Names whose other words differ stay
 *       apart (بشار الأسد / رفعت الأسد; فلاديمير بوتين / فلاديمير ماكي);
 *   <li>a one-word name (لافروف, بغدانوف, الأسد) joins the person whose last word has its skeleton:
 *       the one named in full in the same article if there is exactly one, else the only one in
 *       the collection, else the one named at least twice as often as any other; otherwise it
 *       stays an entity of its own.
 * </ol>
 *
 * <p>Places meet by the gazetteer's canonical name when it knows them, else by {@link
 * NameKey#placeKey} (سوريا = سورية); organisations by {@link NameKey#nameSkeleton}.
 */
public final class NameClusterer {
  private final Gazetteer gazetteer;

  public NameClusterer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  private static final class Cluster {
    final EntityType type;
    /** For people: the number of the skeleton of the last word their full names share; else -1. */
    final int lastWord;
    final List<Mention> mentions = new ArrayList<>();
    /** Where each of {@link #mentions} stood in the input, for ordering. */
    int[] positions = new int[4];

    Cluster(EntityType type, int lastWord) {
      this.type = type;
      this.lastWord = lastWord;
    }

    /** Adds a mention; a person's cluster is listed under its last word in the mention's article. */
    void add(Mention m, int position, int article, Map<Long, List<Cluster>> byLastWordInArticle) {
      if (mentions.size() == positions.length) {
        positions = java.util.Arrays.copyOf(positions, positions.length * 2);
      }
      positions[mentions.size()] = position;
      mentions.add(m);
      if (lastWord >= 0) {
        List<Cluster> there = byLastWordInArticle.computeIfAbsent(inArticle(lastWord, article), k -> new ArrayList<>(2));
        if (!there.contains(this)) {
          there.add(this);
        }
      }
    }

    final java.util.Set<List<String>> fullNames = new java.util.HashSet<>();
    /** The skeletons of every full name of the cluster and of each final run of two words or more. */
    final java.util.Set<String> suffixes = new java.util.HashSet<>();

    void addFullName(List<String> tokens) {
      if (fullNames.add(tokens)) {
        for (int from = 0; from + 2 <= tokens.size(); from++) {
          suffixes.add(NameKey.nameSkeleton(tokens.subList(from, tokens.size())));
        }
      }
    }
  }

  private static long inArticle(int lastWord, int article) {
    return ((long) lastWord << 32) | article;
  }

  /** The entities of {@code mentions}, ids {@code e1, e2 …} in order of first mention. */
  public List<Entity> cluster(List<Mention> mentions) {
    int n = mentions.size();
    int[] article = articleNumbers(mentions);
    Map<String, List<String>> tokensOf = new HashMap<>();
    List<List<String>> tokens = new ArrayList<>(n);
    for (Mention m : mentions) {
      tokens.add(m.type() == EntityType.PERSON ? tokensOf.computeIfAbsent(m.text(), NameKey::tokens) : null);
    }
    Map<String, String> keyOf = new HashMap<>();
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Cluster> byKey = new HashMap<>();
    Map<Long, List<Cluster>> byLastWordInArticle = new HashMap<>();
    List<Integer> singles = new ArrayList<>();
    List<Integer> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      if (m.type() == EntityType.PERSON) {
        if (tokens.get(i).size() >= 2) {
          people.add(i);
        } else if (!tokens.get(i).isEmpty()) {
          singles.add(i);
        }
      } else {
        String key = keyOf.computeIfAbsent(m.type() + "\t" + m.text(), k -> m.type() + ":" + key(m));
        Cluster c = byKey.computeIfAbsent(key, k -> {
          Cluster made = new Cluster(m.type(), -1);
          clusters.add(made);
          return made;
        });
        c.add(m, i, article[i], byLastWordInArticle);
      }
    }
    people.sort(Comparator.comparingInt((Integer i) -> -tokens.get(i).size()));
    // people who can share a name end with the same word: clusters are looked up by its skeleton
    Map<String, Integer> lastWords = new HashMap<>();
    List<List<Cluster>> byLastWord = new ArrayList<>();
    Map<List<String>, String> skeletons = new HashMap<>();
    for (int i : people) {
      Mention m = mentions.get(i);
      List<String> words = tokens.get(i);
      int last = lastWords.computeIfAbsent(NameKey.skeleton(words.get(words.size() - 1)), k -> {
        byLastWord.add(new ArrayList<>());
        return byLastWord.size() - 1;
      });
      List<Cluster> sameEnd = byLastWord.get(last);
      String skeleton = skeletons.computeIfAbsent(words, NameKey::nameSkeleton);
      Cluster c = null;
      for (Cluster k : sameEnd) {
        if (k.suffixes.contains(skeleton)) {
          c = k;
          break;
        }
      }
      if (c == null) {
        c = new Cluster(EntityType.PERSON, last);
        clusters.add(c);
        sameEnd.add(c);
      }
      c.add(m, i, article[i], byLastWordInArticle);
      c.addFullName(words);
    }
    Map<String, String> singleSkeletons = new HashMap<>();
    for (int i : singles) {
      Mention m = mentions.get(i);
      String skeleton = singleSkeletons.computeIfAbsent(m.text(), NameKey::skeleton);
      Integer last = lastWords.get(skeleton);
      Optional<Cluster> named = last == null ? Optional.empty()
          : resolveSingle(byLastWord.get(last), byLastWordInArticle.getOrDefault(inArticle(last, article[i]), List.of()));
      Cluster c = named.orElseGet(() -> byKey.computeIfAbsent("PERSON1:" + skeleton, k -> {
        Cluster made = new Cluster(EntityType.PERSON, -1);
        clusters.add(made);
        return made;
      }));
      c.add(m, i, article[i], byLastWordInArticle);
    }
    return entities(clusters);
  }

  /** A number per mention for its article; mentions of one article come together. */
  private static int[] articleNumbers(List<Mention> mentions) {
    int[] out = new int[mentions.size()];
    Map<String, Integer> numbers = new HashMap<>();
    String previous = null;
    int number = -1;
    for (int i = 0; i < out.length; i++) {
      String a = mentions.get(i).article();
      if (!a.equals(previous)) {
        number = numbers.computeIfAbsent(a, k -> numbers.size());
        previous = a;
      }
      out[i] = number;
    }
    return out;
  }

  private String key(Mention m) {
    if (m.type() == EntityType.PLACE) {
      return gazetteer.lookup(Gazetteer.Kind.PLACE, m.text()).map(e -> "G:" + e.canonical())
          .orElseGet(() -> NameKey.placeKey(m.text()));
    }
    return NameKey.nameSkeleton(NameKey.tokens(m.text()));
  }

  /** True when {@code shorter} is {@code full} or a final run of its words, by skeleton. */
  static boolean sameOrSuffix(List<String> full, List<String> shorter) {
    String target = NameKey.nameSkeleton(shorter);
    for (int from = 0; from < full.size(); from++) {
      List<String> suffix = full.subList(from, full.size());
      if (suffix.size() < 2 && shorter.size() >= 2) {
        break;
      }
      if (NameKey.nameSkeleton(suffix).equals(target)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person a one-word name refers to, among those whose names end in it ({@code sameEnd}) and
   * those of them named in the same article ({@code sameArticle}).
   */
  private static Optional<Cluster> resolveSingle(List<Cluster> sameEnd, List<Cluster> sameArticle) {
    if (sameArticle.size() == 1) {
      return Optional.of(sameArticle.get(0));
    }
    if (sameEnd.size() == 1) {
      return Optional.of(sameEnd.get(0));
    }
    List<Cluster> pool = sameArticle.isEmpty() ? sameEnd : sameArticle;
    Cluster most = null;
    int second = 0;
    for (Cluster c : pool) {
      int size = c.mentions.size();
      if (most == null || size > most.mentions.size()) {
        second = most == null ? 0 : most.mentions.size();
        most = c;
      } else {
        second = Math.max(second, size);
      }
    }
    return pool.size() >= 2 && most.mentions.size() >= 2 * second ? Optional.of(most) : Optional.empty();
  }

  private static List<Entity> entities(List<Cluster> clusters) {
    List<Cluster> sorted = new ArrayList<>(clusters);
    sorted.removeIf(c -> c.mentions.isEmpty());
    Map<Cluster, Integer> first = new java.util.IdentityHashMap<>();
    for (Cluster c : sorted) {
      int min = Integer.MAX_VALUE;
      for (int k = 0; k < c.mentions.size(); k++) {
        min = Math.min(min, c.positions[k]);
      }
      first.put(c, min);
    }
    sorted.sort(Comparator.comparingInt(first::get));
    List<Entity> out = new ArrayList<>();
    for (Cluster c : sorted) {
      Integer[] order = new Integer[c.mentions.size()];
      for (int k = 0; k < order.length; k++) {
        order[k] = k;
      }
      int[] positions = c.positions;
      java.util.Arrays.sort(order, Comparator.comparingInt(k -> positions[k]));
      List<Mention> inOrder = new ArrayList<>(order.length);
      for (Integer k : order) {
        inOrder.add(c.mentions.get(k));
      }
      c.mentions.clear();
      c.mentions.addAll(inOrder);
      Map<String, Integer> forms = new LinkedHashMap<>();
      Map<String, Integer> roles = new LinkedHashMap<>();
      for (Mention m : c.mentions) {
        forms.merge(m.text(), 1, Integer::sum);
        if (m.role() != null) {
          roles.merge(m.role(), 1, Integer::sum);
        }
      }
      String name = forms.entrySet().stream()
          .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> NameKey.tokens(e.getKey()).size())
              .thenComparingInt(Map.Entry::getValue))
          .map(Map.Entry::getKey).orElseThrow();
      List<String> variants = new ArrayList<>();
      variants.add(name);
      forms.keySet().stream().filter(f -> !f.equals(name)).forEach(variants::add);
      List<String> roleList = roles.entrySet().stream()
          .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())).limit(5)
          .map(Map.Entry::getKey).toList();
      out.add(new Entity("e" + (out.size() + 1), c.type, name, variants, roleList, c.mentions));
    }
    return out;
  }
}
