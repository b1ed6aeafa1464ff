package org.malaff.extract.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.malaff.read.BundledList;
import org.malaff.read.Gazetteer;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;
import org.malaff.text.Hashing;

/**
 * The features of each token of a sentence, hashed into {@code 2^bits} numbers. Templates: the
 * word (normalized at STANDARD) and its stem without clitics ({@link Proclitics}); the two words
 * on each side and the word pairs around it; its first and last one to four letters; its shape (digits,
 * Latin letters, punctuation, length); whether it, or its stem, is a given name, a place, an outlet
 * or agency, a role word or an organisation word in Malaff's lists, and whether the words before it
 * are; a place or outlet of several words that covers it (begin or inside). From the {@link
 * Lexicon}: the {@link WordClusters classes} of it and of the two words on each side; the {@link
 * WordProfiles profiles} of it and its neighbours (alone and in pairs for the word itself) and how
 * strongly it is bound to each neighbour; whether it and its neighbours are {@link NameWords words
 * of foreign names} of each kind.
 */
public final class NerFeatures {
  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final Proclitics proclitics;
  /** By profile (the array's identity): its features, see {@link #profileFeatures}. */
  private final java.util.Map<String[], int[][]> profileFeatures = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Set<String> ROLE_WORDS = bundledWords("role-words.txt");
  private static final Set<String> ORG_WORDS = bundledWords("org-triggers.txt");
  private final int mask;

  public NerFeatures(Gazetteer gazetteer, Lexicon lexicon, int bits) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.proclitics = lexicon.proclitics();
    this.mask = (1 << bits) - 1;
  }

  private static Set<String> bundledWords(String list) {
    Set<String> out = new HashSet<>();
    for (String line : BundledList.lines(org.malaff.extract.RuleNameFinder.class, list)) {
      out.add(ArabicNormalizer.normalize(line.replace("*", ""), Level.STANDARD));
    }
    return Set.copyOf(out);
  }

  /** Malaff's role words (titles written before a name), normalized at STANDARD. */
  public static Set<String> roleWords() {
    return ROLE_WORDS;
  }

  /** Malaff's organisation words (حزب، شركة …), normalized at STANDARD. */
  public static Set<String> orgWords() {
    return ORG_WORDS;
  }

  int bits() {
    return Integer.bitCount(mask);
  }

  /** The hashed features of every token: {@code out[i]} for token {@code i}. */
  int[][] of(List<String> tokens) {
    return read(tokens).first();
  }

  /**
   * The features of every token for a second reading: with the first reading's labels of the
   * sentence ({@code heard}) and what it said about each word elsewhere in the document ({@code
   * memory}).
   */
  int[][] of(List<String> tokens, DocumentMemory memory, int[] heard) {
    return read(tokens).second(memory, heard);
  }

  /** A sentence's words and first-reading features, kept for its second reading. */
  final class Sentence {
    private final String[] w;
    private final String[] stem;
    private final String[] lists;
    private final int[][] first;

    private Sentence(String[] w, String[] stem, String[] lists, int[][] first) {
      this.w = w;
      this.stem = stem;
      this.lists = lists;
      this.first = first;
    }

    int[][] first() {
      return first;
    }

    int[][] second(DocumentMemory memory, int[] heard) {
      int n = w.length;
      int[][] out = new int[n][];
      FeatureList f = new FeatureList();
      for (int i = 0; i < n; i++) {
        f.clear();
        f.add("h=", Labels.name(heard[i]));
        f.add("h-1h=", (i > 0 ? Labels.name(heard[i - 1]) : "<s>") + "|" + Labels.name(heard[i]));
        f.add("hh+1=", Labels.name(heard[i]) + "|" + (i + 1 < n ? Labels.name(heard[i + 1]) : "</s>"));
        String said = memory.said("w", w[i]);
        f.add("m=", said);
        f.add("ms=", memory.said("s", stem[i]));
        f.add("m-1=", i > 0 ? memory.said("w", w[i - 1]) : "<s>");
        f.add("m+1=", i + 1 < n ? memory.said("w", w[i + 1]) : "</s>");
        f.add("ml=", said + "|" + lists[i]);
        f.add("mh=", said + "|" + Labels.name(heard[i]));
        int k = 0;
        for (String cue : memory.cues(stem[i])) {
          if (k++ == 40) {
            break;
          }
          f.add("dc=", cue);
        }
        int[] extra = f.hashes(mask);
        out[i] = java.util.Arrays.copyOf(first[i], first[i].length + extra.length);
        System.arraycopy(extra, 0, out[i], first[i].length, extra.length);
      }
      return out;
    }
  }

  /** Reads a sentence: its normalized words, stems, list labels and first-reading features. */
  Sentence read(List<String> tokens) {
    int n = tokens.size();
    String[] w = new String[n];
    String[] stem = new String[n];
    String[] lists = new String[n];
    for (int i = 0; i < n; i++) {
      w[i] = ArabicNormalizer.normalize(tokens.get(i), Level.STANDARD);
      stem[i] = stem(w[i]);
      lists[i] = lists(w[i], stem[i]);
    }
    String[] phrase = phrases(w);
    int[][] out = new int[n][];
    FeatureList f = new FeatureList();
    for (int i = 0; i < n; i++) {
      f.clear();
      String x = w[i];
      f.add("b");
      f.add("w=", x);
      f.add("s=", stem[i]);
      f.add("w-1=", at(w, i - 1));
      f.add("w+1=", at(w, i + 1));
      f.add("w-2=", at(w, i - 2));
      f.add("w+2=", at(w, i + 2));
      f.add("s-1=", at(stem, i - 1));
      f.add("s+1=", at(stem, i + 1));
      f.add("w-1w=", at(w, i - 1) + "|" + x);
      f.add("ww+1=", x + "|" + at(w, i + 1));
      for (int k = 1; k <= 4; k++) {
        if (x.length() > k) {
          f.add("p" + k + "=", x.substring(0, k));
          f.add("x" + k + "=", x.substring(x.length() - k));
        }
        if (stem[i].length() > k) {
          f.add("sp" + k + "=", stem[i].substring(0, k));
          f.add("sx" + k + "=", stem[i].substring(stem[i].length() - k));
        }
      }
      lexiconFeatures(f, w, stem, lists, i);
      f.add("shape=", shape(tokens.get(i)));
      f.add("len=", String.valueOf(Math.min(x.length(), 8)));
      f.add("l=", lists[i]);
      f.add("l-1=", at(lists, i - 1));
      f.add("l+1=", at(lists, i + 1));
      f.add("l-2=", at(lists, i - 2));
      f.add("l-1l=", at(lists, i - 1) + "|" + lists[i]);
      f.add("ll+1=", lists[i] + "|" + at(lists, i + 1));
      f.add("ph=", phrase[i]);
      f.add("lw-1=", lists[i] + "|" + at(w, i - 1));
      for (int d = -2; d <= 2; d++) {
        int[] c = i + d >= 0 && i + d < n ? classes(w[i + d], stem[i + d]) : null;
        for (int level = 0; level < lexicon.classes().levels(); level++) {
          f.add("c" + d + "." + level + "=", c == null ? "-" : String.valueOf(c[level]));
        }
      }
      out[i] = f.hashes(mask);
    }
    return new Sentence(w, stem, lists, out);
  }

  private int[] classes(String word, String stem) {
    int[] c = lexicon.classes().of(word);
    return c != null ? c : lexicon.classes().of(stem);
  }

  /** Profiles of the word and its neighbours, its bonds to them, and the foreign-name words. */
  private void lexiconFeatures(FeatureList f, String[] w, String[] stem, String[] lists, int i) {
    int n = w.length;
    WordProfiles profiles = lexicon.profiles();
    for (int d = -1; d <= 1; d++) {
      String[] codes = i + d >= 0 && i + d < n ? profiles.of(stem[i + d]) : null;
      if (codes == null) {
        f.add("wp" + d + "=", "none");
      } else {
        f.addAll(profileFeatures.computeIfAbsent(codes, NerFeatures::profileFeatures)[d + 1]);
      }
    }
    String left = i > 0 ? profiles.pair(stem[i - 1], stem[i]) : "<s>";
    String right = i + 1 < n ? profiles.pair(stem[i], stem[i + 1]) : "</s>";
    f.add("pmi-=", left);
    f.add("pmi+=", right);
    f.add("pmi=", left + "|" + right);
    f.add("pmil=", left + "|" + right + "|" + lists[i]);
    int here = nameKinds(w, stem, i);
    int before = nameKinds(w, stem, i - 1);
    int after = nameKinds(w, stem, i + 1);
    for (int k = 0; k < NameWords.KINDS.size(); k++) {
      int bit = 1 << k;
      String in = String.valueOf((here & bit) != 0);
      f.add("nw" + k + "=", in);
      f.add("nw" + k + "-1=", in + "|" + ((before & bit) != 0));
      f.add("nw" + k + "+1=", in + "|" + ((after & bit) != 0));
    }
  }

  /**
   * The features of a profile as a word's neighbour before, as the word itself (its codes alone and
   * in pairs) and as its neighbour after: hashed but not yet cut to the model's bits, computed once
   * per profile (a profile's codes are one array, shared by every use of the stem).
   */
  private static int[][] profileFeatures(String[] codes) {
    int[][] out = new int[3][];
    for (int d = -1; d <= 1; d++) {
      FeatureList f = new FeatureList();
      for (String code : codes) {
        f.add("wp" + d + "=", code);
      }
      if (d == 0) {
        for (int a = 0; a < codes.length; a++) {
          for (int b = a + 1; b < codes.length; b++) {
            f.add("wp2=", codes[a] + "|" + codes[b]);
          }
        }
      }
      out[d + 1] = f.unmasked();
    }
    return out;
  }

  private int nameKinds(String[] w, String[] stem, int i) {
    return i < 0 || i >= w.length ? 0 : lexicon.names().kinds(w[i]) | lexicon.names().kinds(stem[i]);
  }

  private static String at(String[] a, int i) {
    return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
  }

  /** The word without leading clitics (see {@link Proclitics}). */
  String stem(String w) {
    return proclitics.strip(w);
  }

  Proclitics proclitics() {
    return proclitics;
  }

  /** The lists the word, or its stem, is in, as one label such as "given+place". */
  private String lists(String w, String stem) {
    StringBuilder out = new StringBuilder();
    if (gazetteer.isGivenName(w) || gazetteer.isGivenName(stem)) {
      out.append("given+");
    }
    if (gazetteer.byKey(Gazetteer.Kind.PLACE, w).isPresent() || gazetteer.byKey(Gazetteer.Kind.PLACE, stem).isPresent()
        || gazetteer.byKey(Gazetteer.Kind.PLACE, "ال" + stem).isPresent()) {
      out.append("place+");
    }
    if (gazetteer.outletByKey(w).isPresent() || gazetteer.byKey(Gazetteer.Kind.AGENCY, w).isPresent()) {
      out.append("outlet+");
    }
    if (ROLE_WORDS.contains(w) || ROLE_WORDS.contains(stem) || ROLE_WORDS.contains("ال" + stem)) {
      out.append("role+");
    }
    if (ORG_WORDS.contains(w) || ORG_WORDS.contains(stem) || ORG_WORDS.contains("ال" + stem)) {
      out.append("org+");
    }
    return out.length() == 0 ? "-" : out.toString();
  }

  /** For each token, "B-place", "I-outlet" … when a listed name of two or more words covers it. */
  private String[] phrases(String[] w) {
    String[] out = new String[w.length];
    java.util.Arrays.fill(out, "-");
    int longest = Math.min(gazetteer.longestName(), 6);
    for (int i = 0; i < w.length; i++) {
      if (!gazetteer.startsName(w[i]) && !gazetteer.startsName(stem(w[i]))) {
        continue;
      }
      for (int len = Math.min(longest, w.length - i); len >= 2; len--) {
        StringBuilder key = new StringBuilder(w[i]);
        for (int k = i + 1; k < i + len; k++) {
          key.append(' ').append(w[k]);
        }
        String kind = kind(key.toString());
        if (kind == null) {
          key.replace(0, w[i].length(), stem(w[i]));
          kind = kind(key.toString());
        }
        if (kind != null) {
          for (int k = i; k < i + len; k++) {
            out[k] = (k == i ? "B-" : "I-") + kind;
          }
          i += len - 1;
          break;
        }
      }
    }
    return out;
  }

  private String kind(String key) {
    if (gazetteer.byKey(Gazetteer.Kind.PLACE, key).isPresent()) {
      return "place";
    }
    if (gazetteer.outletByKey(key).isPresent() || gazetteer.byKey(Gazetteer.Kind.AGENCY, key).isPresent()) {
      return "outlet";
    }
    return null;
  }

  private static String shape(String token) {
    boolean digit = false;
    boolean latin = false;
    boolean arabic = false;
    boolean other = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (c < 128 && Character.isLetter(c)) {
        latin = true;
      } else if (Character.isLetter(c)) {
        arabic = true;
      } else {
        other = true;
      }
    }
    return (digit ? "d" : "") + (latin ? "l" : "") + (arabic ? "a" : "") + (other ? "p" : "");
  }

  /** Features of one token as hashes. */
  private static final class FeatureList {
    private int[] hashes = new int[64];
    private int size;

    void clear() {
      size = 0;
    }

    void add(String name) {
      push(Hashing.string(name));
    }

    /** Adds features given by {@link #unmasked}. */
    void addAll(int[] unmasked) {
      for (int h : unmasked) {
        if (size == hashes.length) {
          hashes = java.util.Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = h;
      }
    }

    void add(String name, String value) {
      push(Hashing.string(name) * 31 + Hashing.string(value));
    }

    private void push(long h) {
      if (size == hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = (int) Hashing.mix(h);
    }

    /** The features so far, hashed but not cut to the model's bits: to be added again with {@link #addAll}. */
    int[] unmasked() {
      return java.util.Arrays.copyOf(hashes, size);
    }

    int[] hashes(int mask) {
      int[] out = new int[size];
      for (int i = 0; i < size; i++) {
        out[i] = hashes[i] & mask;
      }
      return out;
    }
  }
}
