package org.malaff.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What a news collection says about each word, as evidence that it is a name. A foreign name such
 * as فيدرر is never written with the article or a suffix (الفيدرر, فيدررها), while a common word
 * is; a person's name follows a title, a nationality adjective (السويسري روجيه فيدرر) or a verb of
 * speech, and comes before one. For each stem (the word without its leading clitics) seen at least
 * {@value #MIN_COUNT} times: its frequency (log₂), the share of its uses with the article, with a
 * suffix, and the share of its uses after or before each kind of context word — each cut into a
 * few buckets. For each pair of successive stems seen at least {@value #MIN_PAIR} times: how much
 * more often than by chance (pointwise mutual information) — names of several words are strong
 * collocations (رافايل نادال).
 *
 * <p>Learned without labels; the context words are Malaff's role words with the titles the tagged
 * corpus puts before people ({@link TaggedCorpus#wordsBefore}), person-name words ({@link
 * NameWords}), organisation words and given names. Stored as gzip text: "p" lines of a stem and its
 * codes, "c" lines of two stems and their bucket (information, count).
 */
public final class WordProfiles {
  static final int MIN_COUNT = 3;
  static final int MIN_PAIR = 3;
  /** Suffixes a common word takes: pronouns, plurals, duals. */
  private static final String[] SUFFIXES = {"ه", "ها", "هم", "هما", "كم", "نا", "ات", "ون", "ين", "ان", "يه", "يا"};
  private static final Set<String> SPEECH = speechVerbs();
  private static final Set<String> PREPOSITIONS = Set.of("في", "من", "الي", "الى", "عن", "مع", "بين");
  /** Contexts counted per use: after a nationality adjective … before a person-name word. */
  private static final String[] CONTEXTS = {"pg", "pr", "pn", "ns", "ps", "ng", "pp", "po", "pP", "np"};

  /** The kinds of context words. */
  public record ContextWords(Set<String> titles, Set<String> personWords, Set<String> orgWords,
      java.util.function.Predicate<String> givenName) {}

  private final Map<String, String[]> profiles;
  private final Map<String, Map<String, String>> pairs; // left → right → bucket

  private WordProfiles(Map<String, String[]> profiles, Map<String, Map<String, String>> pairs) {
    this.profiles = profiles;
    this.pairs = pairs;
  }

  public static WordProfiles none() {
    return new WordProfiles(Map.of(), Map.of());
  }

  /** The codes of a stem ("f9", "al-d", "sf-0" …), or null for a stem seen too rarely. */
  String[] of(String stem) {
    return profiles.get(stem);
  }

  /** The bucket of a pair of successive stems ("4.2": mutual information, count), or "-" if rare. */
  String pair(String left, String right) {
    Map<String, String> after = pairs.get(left);
    return after == null ? "-" : after.getOrDefault(right, "-");
  }

  public int size() {
    return profiles.size();
  }

  /** Learns profiles from sentences of words normalized at STANDARD, by stem as {@code proclitics} cuts them. */
  public static WordProfiles learn(Iterable<List<String>> sentences, ContextWords context, Proclitics proclitics) {
    Map<String, int[]> forms = new HashMap<>(); // per form: uses, then one count per context
    Map<String, int[]> pairCounts = new HashMap<>(); // "left\tright"
    long tokens = 0;
    for (List<String> w : sentences) {
      tokens += w.size();
      String previousStem = null;
      for (int i = 0; i < w.size(); i++) {
        String stem = proclitics.strip(w.get(i));
        if (previousStem != null) {
          pairCounts.computeIfAbsent(previousStem + "\t" + stem, k -> new int[1])[0]++;
        }
        previousStem = stem;
        int[] c = forms.computeIfAbsent(w.get(i), k -> new int[1 + CONTEXTS.length]);
        c[0]++;
        countContexts(w, i, context, proclitics, c);
      }
    }
    Map<String, int[]> stems = new HashMap<>(); // per stem: uses, uses with the article, contexts
    forms.forEach((form, c) -> {
      String stem = proclitics.strip(form);
      int[] s = stems.computeIfAbsent(stem, k -> new int[2 + CONTEXTS.length]);
      s[0] += c[0];
      if (!stem.equals(form) && (form.startsWith("لل") || form.substring(0, form.length() - stem.length()).contains("ال"))) {
        s[1] += c[0];
      }
      for (int k = 1; k < c.length; k++) {
        s[1 + k] += c[k];
      }
    });
    Map<String, String[]> profiles = new HashMap<>();
    stems.forEach((stem, s) -> {
      if (s[0] < MIN_COUNT) {
        return;
      }
      int suffixed = 0;
      for (String x : SUFFIXES) {
        int[] c = forms.get(stem + x);
        suffixed += c == null ? 0 : c[0];
      }
      double n = s[0];
      String[] codes = new String[3 + CONTEXTS.length];
      codes[0] = "f" + Math.min(15, 31 - Integer.numberOfLeadingZeros(s[0]));
      codes[1] = "al-" + bucket(s[1] / n);
      codes[2] = "sf-" + bucket(suffixed / n);
      for (int k = 0; k < CONTEXTS.length; k++) {
        codes[3 + k] = CONTEXTS[k] + "-" + bucket(s[2 + k] / n);
      }
      profiles.put(stem, codes);
    });
    long total = tokens;
    Map<String, Map<String, String>> kept = new HashMap<>();
    pairCounts.forEach((pair, c) -> {
      if (c[0] >= MIN_PAIR) {
        String[] lr = pair.split("\t");
        double pmi = Math.log((double) c[0] * total / ((double) stems.get(lr[0])[0] * stems.get(lr[1])[0])) / Math.log(2);
        int information = pmi < 0 ? 0 : Math.min(5, 1 + (int) (pmi / 3));
        int count = c[0] < 5 ? 0 : c[0] < 20 ? 1 : c[0] < 100 ? 2 : 3;
        kept.computeIfAbsent(lr[0], k -> new HashMap<>()).put(lr[1], BUCKETS[information * 4 + count]);
      }
    });
    return new WordProfiles(profiles, kept);
  }

  private static void countContexts(List<String> w, int i, ContextWords context, Proclitics proclitics, int[] c) {
    if (i > 0) {
      String prev = w.get(i - 1);
      String stem = proclitics.strip(prev);
      inc(c, 0, DocumentMemory.gentilic(prev));
      inc(c, 1, context.titles().contains(prev) || context.titles().contains(stem)
          || context.titles().contains("ال" + stem));
      inc(c, 2, context.givenName().test(prev) || context.givenName().test(stem));
      inc(c, 4, SPEECH.contains(prev));
      inc(c, 6, context.personWords().contains(prev) || context.personWords().contains(stem));
      inc(c, 7, context.orgWords().contains(prev) || context.orgWords().contains(stem)
          || context.orgWords().contains("ال" + stem));
      inc(c, 8, PREPOSITIONS.contains(prev));
    }
    if (i + 1 < w.size()) {
      String next = w.get(i + 1);
      inc(c, 3, SPEECH.contains(next));
      inc(c, 5, DocumentMemory.gentilic(next));
      inc(c, 9, context.personWords().contains(next) || context.personWords().contains(proclitics.strip(next)));
    }
  }

  private static void inc(int[] c, int context, boolean yes) {
    if (yes) {
      c[1 + context]++;
    }
  }

  static String bucket(double share) {
    return share == 0 ? "0" : share < 0.01 ? "a" : share < 0.05 ? "b" : share < 0.15 ? "c" : share < 0.4 ? "d" : "e";
  }

  /** Pair buckets "information.count", shared by every pair. */
  private static final String[] BUCKETS = new String[6 * 4];

  static {
    for (int information = 0; information < 6; information++) {
      for (int count = 0; count < 4; count++) {
        BUCKETS[information * 4 + count] = information + "." + count;
      }
    }
  }

  /** Whether a normalized word is a verb of speech (قال، وأضاف …) as the profiles count them. */
  static boolean isSpeechVerb(String norm) {
    return SPEECH.contains(norm);
  }

  private static Set<String> speechVerbs() {
    Set<String> out = new java.util.HashSet<>();
    for (String v : ("قال اكد اضاف اوضح اشار اعتبر شدد لفت ذكر نفي كشف دعا يقول قالت اكدت اضافت اوضحت اشارت"
        + " اعتبرت شددت ذكرت كشفت دعت").split(" ")) {
      out.add(v);
      out.add("و" + v);
    }
    return out;
  }

  /** Writes the profiles; {@link #read} gives them back. */
  public void write(OutputStream target) throws IOException {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(new GZIPOutputStream(target), StandardCharsets.UTF_8));
    out.println("MWP1");
    new TreeMap<>(profiles).forEach((stem, codes) -> out.println("p\t" + stem + "\t" + String.join(" ", codes)));
    Map<String, String> sorted = new TreeMap<>(); // "left right", the order of the lines
    pairs.forEach((left, after) -> after.forEach((right, bucket) -> sorted.put(left + " " + right, bucket)));
    sorted.forEach((pair, bucket) -> out.println("c\t" + pair.replace(' ', '\t') + "\t" + bucket));
    out.close();
  }

  public static WordProfiles read(InputStream source) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(source), StandardCharsets.UTF_8));
    if (!"MWP1".equals(in.readLine())) {
      throw new IOException("not Malaff word profiles (or of another version)");
    }
    Map<String, String[]> profiles = new HashMap<>();
    Map<String, Map<String, String>> pairs = new HashMap<>();
    List<String> buckets = java.util.Arrays.asList(BUCKETS);
    for (String line; (line = in.readLine()) != null; ) {
      String[] f = line.split("\t");
      if (f[0].equals("p") && f.length == 3) {
        profiles.put(f[1], f[2].split(" "));
      } else if (f[0].equals("c") && f.length == 4 && buckets.contains(f[3])) {
        pairs.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[2], BUCKETS[buckets.indexOf(f[3])]);
      } else {
        throw new IOException("word profiles: unreadable line \"" + line + "\"");
      }
    }
    return new WordProfiles(profiles, pairs);
  }
}
