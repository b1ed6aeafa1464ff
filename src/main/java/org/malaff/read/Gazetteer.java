package org.malaff.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.malaff.text.MatchKey;

/**
 * Names of outlets, agencies, places and site sections, with their common spellings, and common
 * given names; looked up by {@link MatchKey}, so hamza, ta marbuta, quotes and dots do not matter
 * ({@code أ.ف.ب} = {@code ا ف ب}).
 *
 * <p>The bundled lists live in {@code src/main/resources/org/malaff/read/}: one entry a line,
 * tab-separated {@code canonical, variants separated by |, country, kind}; sections have only the
 * first two columns; given names one a line. Lines starting with {@code #} are comments.
 */
public final class Gazetteer {

  /** What a name is. */
  public enum Kind {
    OUTLET,
    AGENCY,
    PLACE,
    SECTION
  }

  /**
   * One named thing.
   *
   * @param canonical its usual spelling
   * @param kind what it is
   * @param country an ISO 3166 code, {@code XX} when international, or {@code null}
   * @param type a finer kind from the list (newspaper, tv, city, country …), or {@code null}
   */
  public record Entry(String canonical, Kind kind, String country, String type) {}

  /** Generic words written before an outlet's name: "صحيفة الحياة", "موقع إيلاف". */
  private static final List<String> OUTLET_PREFIXES =
      List.of("صحيفه", "جريده", "موقع", "قناه", "مجله", "اذاعه", "وكاله", "شبكه", "تلفزيون");

  private final Map<Kind, Map<String, Entry>> byKind = new HashMap<>();
  private final Set<String> givenNames;
  /**
   * Whether a word is a given name, as asked before: the name finders ask it of most words, several
   * times, and a match key is a new string each time. Bounded, so a long-running server does not grow it
   * without end; words past the bound are looked up as before.
   */
  private final Map<String, Boolean> givenNameOf = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int GIVEN_NAME_CACHE = 200_000;
  private final Set<String> firstWords = new HashSet<>();
  private final int longestName;

  private Gazetteer(Map<Kind, Map<String, Entry>> byKind, Set<String> givenNames) {
    this.byKind.putAll(byKind);
    this.givenNames = Set.copyOf(givenNames);
    int longest = 1;
    for (Map<String, Entry> m : byKind.values()) {
      for (String key : m.keySet()) {
        String[] words = key.split(" ");
        longest = Math.max(longest, words.length);
        firstWords.add(words[0]);
      }
    }
    for (String prefix : OUTLET_PREFIXES) {
      firstWords.add(prefix);
    }
    this.longestName = longest;
  }

  private static final class Bundled {
    static final Gazetteer INSTANCE = load();
  }

  /** The lists bundled with Malaff, loaded once. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** Builds a gazetteer from entries given in code, for tests. */
  public static Gazetteer of(List<Entry> entries, Set<String> givenNames) {
    Map<Kind, Map<String, Entry>> byKind = new HashMap<>();
    for (Entry e : entries) {
      byKind.computeIfAbsent(e.kind(), k -> new HashMap<>()).put(MatchKey.of(e.canonical()), e);
    }
    Set<String> names = new HashSet<>();
    givenNames.forEach(n -> names.add(MatchKey.of(n)));
    return new Gazetteer(byKind, names);
  }

  private static Gazetteer load() {
    Map<Kind, Map<String, Entry>> byKind = new HashMap<>();
    byKind.put(Kind.OUTLET, readList("outlets.tsv", Kind.OUTLET));
    byKind.put(Kind.AGENCY, readList("agencies.tsv", Kind.AGENCY));
    byKind.put(Kind.PLACE, readList("places.tsv", Kind.PLACE));
    byKind.put(Kind.SECTION, readList("sections.tsv", Kind.SECTION));
    Set<String> names = new HashSet<>();
    for (String line : BundledList.lines(Gazetteer.class, "given-names.txt")) {
      String key = MatchKey.of(line);
      if (!key.isEmpty()) {
        names.add(key);
      }
    }
    return new Gazetteer(byKind, names);
  }

  private static Map<String, Entry> readList(String resource, Kind kind) {
    Map<String, Entry> map = new HashMap<>();
    for (String line : BundledList.lines(Gazetteer.class, resource)) {
      String[] cols = line.split("\t", -1);
      String canonical = cols[0].trim();
      String country = cols.length > 2 && !cols[2].isBlank() ? cols[2].trim() : null;
      String type = cols.length > 3 && !cols[3].isBlank() ? cols[3].trim() : null;
      Entry entry = new Entry(canonical, kind, country, type);
      map.putIfAbsent(MatchKey.of(canonical), entry);
      if (cols.length > 1) {
        for (String variant : cols[1].split("\\|")) {
          String key = MatchKey.of(variant);
          if (!key.isEmpty()) {
            map.putIfAbsent(key, entry);
          }
        }
      }
    }
    return map;
  }

  /** The entry of this kind whose name has this match key. */
  public Optional<Entry> byKey(Kind kind, String key) {
    Map<String, Entry> m = byKind.get(kind);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(key));
  }

  /** The entry of this kind named by {@code text}, any spelling. */
  public Optional<Entry> lookup(Kind kind, String text) {
    return byKey(kind, MatchKey.of(text));
  }

  /**
   * The outlet named by a match key, also when a generic word such as صحيفة or موقع stands before
   * the name.
   */
  public Optional<Entry> outletByKey(String key) {
    Optional<Entry> direct = byKey(Kind.OUTLET, key);
    if (direct.isPresent()) {
      return direct;
    }
    int space = key.indexOf(' ');
    if (space > 0 && OUTLET_PREFIXES.contains(key.substring(0, space))) {
      return byKey(Kind.OUTLET, key.substring(space + 1));
    }
    return Optional.empty();
  }

  /** True when the word (any spelling) is a common given name. */
  public boolean isGivenName(String word) {
    Boolean known = givenNameOf.get(word);
    if (known == null) {
      known = givenNames.contains(MatchKey.of(word));
      if (givenNameOf.size() < GIVEN_NAME_CACHE) {
        givenNameOf.put(word, known);
      }
    }
    return known;
  }

  /** True when some listed name (of any kind) starts with the word whose match key this is. */
  public boolean startsName(String firstWordKey) {
    return firstWords.contains(firstWordKey);
  }

  /** The most words any listed name has. */
  public int longestName() {
    return longestName;
  }

  /** How many entries of a kind are listed (each spelling of a name counted once per name). */
  public long count(Kind kind) {
    Map<String, Entry> m = byKind.get(kind);
    return m == null ? 0 : m.values().stream().distinct().count();
  }
}
