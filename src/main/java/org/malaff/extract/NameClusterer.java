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
    final List<Mention> mentions = new ArrayList<>();
    /** Where each of {@link #mentions} stood in the input, for ordering. */
    int[] positions = new int[4];
    /** The articles its mentions are in. */
    final java.util.Set<String> articles = new java.util.HashSet<>();

    void add(Mention m, int position) {
      if (mentions.size() == positions.length) {
        positions = java.util.Arrays.copyOf(positions, positions.length * 2);
      }
      positions[mentions.size()] = position;
      mentions.add(m);
      articles.add(m.article());
    }
    final java.util.Set<List<String>> fullNames = new java.util.LinkedHashSet<>();
    /** The skeletons of every full name of the cluster and of each final run of two words or more. */
    final java.util.Set<String> suffixes = new java.util.HashSet<>();

    void addFullName(List<String> tokens) {
      if (fullNames.add(tokens)) {
        for (int from = 0; from + 2 <= tokens.size(); from++) {
          suffixes.add(NameKey.nameSkeleton(tokens.subList(from, tokens.size())));
        }
      }
    }

    Cluster(EntityType type) {
      this.type = type;
    }
  }

  /** The entities of {@code mentions}, ids {@code e1, e2 …} in order of first mention. */
  public List<Entity> cluster(List<Mention> mentions) {
    Map<String, List<String>> tokensOf = new HashMap<>();
    java.util.function.Function<Mention, List<String>> tokens = m -> tokensOf.computeIfAbsent(m.text(), NameKey::tokens);
    Map<String, String> keyOf = new HashMap<>();
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Cluster> byKey = new HashMap<>();
    List<Integer> singles = new ArrayList<>();
    List<Integer> people = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() == EntityType.PERSON) {
        if (tokens.apply(m).size() >= 2) {
          people.add(i);
        } else if (!tokens.apply(m).isEmpty()) {
          singles.add(i);
        }
      } else {
        String key = keyOf.computeIfAbsent(m.type() + "\t" + m.text(), k -> m.type() + ":" + key(m));
        Cluster c = byKey.computeIfAbsent(key, k -> {
          Cluster n = new Cluster(m.type());
          clusters.add(n);
          return n;
        });
        c.add(m, i);
      }
    }
    people.sort(Comparator.comparingInt((Integer i) -> -tokens.apply(mentions.get(i)).size()));
    // people who can share a name end with the same word: clusters are looked up by its skeleton
    Map<String, List<Cluster>> byLastWord = new HashMap<>();
    Map<List<String>, String> skeletons = new HashMap<>();
    for (int i : people) {
      Mention m = mentions.get(i);
      List<String> words = tokens.apply(m);
      String last = NameKey.skeleton(words.get(words.size() - 1));
      List<Cluster> sameEnd = byLastWord.computeIfAbsent(last, k -> new ArrayList<>());
      String skeleton = skeletons.computeIfAbsent(words, NameKey::nameSkeleton);
      Cluster c = null;
      for (Cluster k : sameEnd) {
        if (k.suffixes.contains(skeleton)) {
          c = k;
          break;
        }
      }
      if (c == null) {
        c = new Cluster(EntityType.PERSON);
        clusters.add(c);
        sameEnd.add(c);
      }
      c.add(m, i);
      c.addFullName(words);
    }
    for (int i : singles) {
      Mention m = mentions.get(i);
      Cluster c = resolveSingle(m, byLastWord.getOrDefault(NameKey.skeleton(m.text()), List.of())).orElseGet(() -> {
        String key = "PERSON1:" + NameKey.skeleton(m.text());
        return byKey.computeIfAbsent(key, k -> {
          Cluster n = new Cluster(EntityType.PERSON);
          clusters.add(n);
          return n;
        });
      });
      c.add(m, i);
    }
    return entities(clusters);
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

  private Optional<Cluster> resolveSingle(Mention m, List<Cluster> sameEnd) {
    List<Cluster> candidates = new ArrayList<>(sameEnd);
    List<Cluster> sameArticle = candidates.stream().filter(c -> c.articles.contains(m.article())).toList();
    if (sameArticle.size() == 1) {
      return Optional.of(sameArticle.get(0));
    }
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    List<Cluster> pool = sameArticle.isEmpty() ? candidates : sameArticle;
    pool = new ArrayList<>(pool);
    pool.sort(Comparator.comparingInt((Cluster c) -> -c.mentions.size()));
    if (pool.size() >= 2 && pool.get(0).mentions.size() >= 2 * pool.get(1).mentions.size()) {
      return Optional.of(pool.get(0));
    }
    return Optional.empty();
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
