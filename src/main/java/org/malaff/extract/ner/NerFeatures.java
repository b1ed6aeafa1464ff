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
  /**
   * The model's own copies of the role and organisation words: the features a model was trained
   * with must not change when the rule finder's lists are edited (retrain to take new words in).
   */
  private static final Set<String> ROLE_WORDS = bundledWords("title-words.txt");
  private static final Set<String> ORG_WORDS = bundledWords("org-words.txt");
  private final int mask;
  private final WordFacts start;
  private final WordFacts end;

  public NerFeatures(Gazetteer gazetteer, Lexicon lexicon, int bits) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.proclitics = lexicon.proclitics();
    this.mask = (1 << bits) - 1;
    this.start = boundary("<s>");
    this.end = boundary("</s>");
  }

  private static Set<String> bundledWords(String list) {
    Set<String> out = new HashSet<>();
    for (String line : BundledList.lines(NerFeatures.class, list)) {
      out.add(ArabicNormalizer.normalize(line.replace("*", ""), Level.STANDARD));
    }
    return Set.copyOf(out);
  }

  /** The model's role words (titles written before a name), normalized at STANDARD. */
  public static Set<String> roleWords() {
    return ROLE_WORDS;
  }

  /** The model's organisation words (حزب، شركة …), normalized at STANDARD. */
  public static Set<String> orgWords() {
    return ORG_WORDS;
  }

  int bits() {
    return Integer.bitCount(mask);
  }

  /** The feature {@code name + value}, hashed but not cut to a model's bits. */
  static int unmasked(String name, String value) {
    FeatureList f = new FeatureList();
    f.add(name, value);
    return f.unmasked()[0];
  }

  /** A hashed feature cut to the model's bits. */
  int cut(int hash) {
    return hash & mask;
  }

  /** The facts of each token. */
  WordFacts[] facts(List<String> tokens) {
    WordFacts[] out = new WordFacts[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = facts(tokens.get(i));
    }
    return out;
  }

  /** What stands before a sentence's first word, as a neighbour. */
  WordFacts start() {
    return start;
  }

  /** What stands after a sentence's last word, as a neighbour. */
  WordFacts end() {
    return end;
  }

  /** A token's facts and its features in each role. */
  WordFacts facts(String token) {
    String w = ArabicNormalizer.normalize(token, Level.STANDARD);
    String stem = stem(w);
    String lists = lists(w, stem);
    int kinds = lexicon.names().kinds(w) | lexicon.names().kinds(stem);
    int[] classes = classes(w, stem);
    String[] profile = lexicon.profiles().of(stem);
    int[][] roles = new int[WordFacts.ROLES][];
    FeatureList f = new FeatureList();
    for (WordFacts.Role role : WordFacts.Role.values()) {
      f.clear();
      int d = role.offset;
      if (role == WordFacts.Role.SELF) {
        selfFeatures(f, token, w, stem, lists, kinds);
      } else {
        f.add("w" + signed(d) + "=", w);
        if (Math.abs(d) == 1) {
          f.add("s" + signed(d) + "=", stem);
        }
        if (d != 2) {
          f.add("l" + signed(d) + "=", lists);
        }
      }
      if (Math.abs(d) <= 1) {
        profileFeatures(f, profile, d);
      }
      classFeatures(f, classes, d);
      roles[role.ordinal()] = f.unmasked();
    }
    return new WordFacts(token, w, stem, lists, kinds, roles);
  }

  private static String signed(int d) {
    return d > 0 ? "+" + d : String.valueOf(d);
  }

  /** A sentence boundary as a neighbour: {@code mark} for its word, stem and lists, no class or profile. */
  private WordFacts boundary(String mark) {
    int[][] roles = new int[WordFacts.ROLES][];
    FeatureList f = new FeatureList();
    for (WordFacts.Role role : WordFacts.Role.values()) {
      f.clear();
      int d = role.offset;
      if (d != 0) {
        f.add("w" + signed(d) + "=", mark);
        if (Math.abs(d) == 1) {
          f.add("s" + signed(d) + "=", mark);
          profileFeatures(f, null, d);
        }
        if (d != 2) {
          f.add("l" + signed(d) + "=", mark);
        }
        classFeatures(f, null, d);
      }
      roles[role.ordinal()] = f.unmasked();
    }
    return new WordFacts(mark, mark, mark, mark, 0, roles);
  }

  private void selfFeatures(FeatureList f, String token, String x, String stem, String lists, int kinds) {
    f.add("b");
    f.add("w=", x);
    f.add("s=", stem);
    for (int k = 1; k <= 4; k++) {
      if (x.length() > k) {
        f.add(PREFIX[k], x.substring(0, k));
        f.add(SUFFIX[k], x.substring(x.length() - k));
      }
      if (stem.length() > k) {
        f.add(STEM_PREFIX[k], stem.substring(0, k));
        f.add(STEM_SUFFIX[k], stem.substring(stem.length() - k));
      }
    }
    f.add("shape=", shape(token));
    f.add("len=", String.valueOf(Math.min(x.length(), 8)));
    f.add("l=", lists);
    for (int k = 0; k < NameWords.KINDS.size(); k++) {
      f.add("nw" + k + "=", String.valueOf((kinds & 1 << k) != 0));
    }
  }

  private static final String[] PREFIX = {"", "p1=", "p2=", "p3=", "p4="};
  private static final String[] SUFFIX = {"", "x1=", "x2=", "x3=", "x4="};
  private static final String[] STEM_PREFIX = {"", "sp1=", "sp2=", "sp3=", "sp4="};
  private static final String[] STEM_SUFFIX = {"", "sx1=", "sx2=", "sx3=", "sx4="};

  private void classFeatures(FeatureList f, int[] c, int d) {
    for (int level = 0; level < lexicon.classes().levels(); level++) {
      f.add("c" + d + "." + level + "=", c == null ? "-" : String.valueOf(c[level]));
    }
  }

  /** A profile's features for a word at offset {@code d} (-1, 0, 1) from the token tagged. */
  private void profileFeatures(FeatureList f, String[] codes, int d) {
    if (codes == null) {
      f.add("wp" + d + "=", "none");
    } else {
      f.addAll(profileFeatures.computeIfAbsent(codes, NerFeatures::profileFeatures)[d + 1]);
    }
  }

  /** A sentence's facts, phrases and context features, kept for its two readings. */
  final class Sentence {
    private final WordFacts[] words;
    private final int[][] context;

    private Sentence(WordFacts[] words, int[][] context) {
      this.words = words;
      this.context = context;
    }

    int size() {
      return words.length;
    }

    WordFacts[] words() {
      return words;
    }

    /** The word at {@code i}, or the sentence's start or end beyond it. */
    WordFacts at(int i) {
      return i < 0 ? start : i >= words.length ? end : words[i];
    }

    /** The features of token {@code i} that depend on more than one word, cut to the model's bits. */
    int[] context(int i) {
      return context[i];
    }

    /** Every first-reading feature of each token, cut to the model's bits. */
    int[][] first() {
      int n = words.length;
      int[][] out = new int[n][];
      FeatureList f = new FeatureList();
      for (int i = 0; i < n; i++) {
        f.clear();
        for (WordFacts.Role role : WordFacts.Role.values()) {
          f.addAll(at(i + role.offset).features(role));
        }
        int[] own = f.hashes(mask);
        out[i] = java.util.Arrays.copyOf(own, own.length + context[i].length);
        System.arraycopy(context[i], 0, out[i], own.length, context[i].length);
      }
      return out;
    }

    int[][] second(DocumentMemory memory, int[] heard) {
      int[][] first = first();
      int[][] out = new int[first.length][];
      for (int i = 0; i < first.length; i++) {
        int[] extra = memoryFeatures(memory, heard, i);
        out[i] = java.util.Arrays.copyOf(first[i], first[i].length + extra.length);
        System.arraycopy(extra, 0, out[i], first[i].length, extra.length);
      }
      return out;
    }

    /**
     * The second reading's own features of token {@code i}: the first reading's labels ({@code
     * heard}) and what it said about the word elsewhere in the document, cut to the model's bits.
     */
    int[] memoryFeatures(DocumentMemory memory, int[] heard, int i) {
      int n = words.length;
      FeatureList f = new FeatureList();
      f.add("h=", Labels.name(heard[i]));
      f.add("h-1h=", i > 0 ? Labels.name(heard[i - 1]) : "<s>", Labels.name(heard[i]));
      f.add("hh+1=", Labels.name(heard[i]), i + 1 < n ? Labels.name(heard[i + 1]) : "</s>");
      String said = memory.said(false, words[i].word);
      f.add("m=", said);
      f.add("ms=", memory.said(true, words[i].stem));
      f.add("m-1=", i > 0 ? memory.said(false, words[i - 1].word) : "<s>");
      f.add("m+1=", i + 1 < n ? memory.said(false, words[i + 1].word) : "</s>");
      f.add("ml=", said, words[i].lists);
      f.add("mh=", said, Labels.name(heard[i]));
      memory.cues(words[i].stem, 40, f::addUnmasked);
      return f.hashes(mask);
    }
  }

  private static final String[] NAME_WORD_BEFORE = {"nw0-1=", "nw1-1=", "nw2-1="};
  private static final String[] NAME_WORD_AFTER = {"nw0+1=", "nw1+1=", "nw2+1="};

  /** Reads a sentence from its words' facts: the features that depend on more than one word. */
  Sentence read(WordFacts[] words) {
    int n = words.length;
    String[] w = new String[n];
    for (int i = 0; i < n; i++) {
      w[i] = words[i].word;
    }
    String[] phrase = phrases(w);
    int[][] context = new int[n][];
    FeatureList f = new FeatureList();
    WordProfiles profiles = lexicon.profiles();
    for (int i = 0; i < n; i++) {
      f.clear();
      WordFacts x = words[i];
      WordFacts before = i > 0 ? words[i - 1] : start;
      WordFacts after = i + 1 < n ? words[i + 1] : end;
      f.add("w-1w=", before.word, x.word);
      f.add("ww+1=", x.word, after.word);
      f.add("l-1l=", before.lists, x.lists);
      f.add("ll+1=", x.lists, after.lists);
      f.add("ph=", phrase[i]);
      f.add("lw-1=", x.lists, before.word);
      String left = i > 0 ? profiles.pair(before.stem, x.stem) : "<s>";
      String right = i + 1 < n ? profiles.pair(x.stem, after.stem) : "</s>";
      f.add("pmi-=", left);
      f.add("pmi+=", right);
      f.add("pmi=", left, right);
      f.add("pmil=", left, right, x.lists);
      for (int k = 0; k < NameWords.KINDS.size(); k++) {
        int bit = 1 << k;
        String in = String.valueOf((x.nameKinds & bit) != 0);
        f.add(NAME_WORD_BEFORE[k], in, String.valueOf((before.nameKinds & bit) != 0));
        f.add(NAME_WORD_AFTER[k], in, String.valueOf((after.nameKinds & bit) != 0));
      }
      context[i] = f.hashes(mask);
    }
    return new Sentence(words, context);
  }

  private int[] classes(String word, String stem) {
    int[] c = lexicon.classes().of(word);
    return c != null ? c : lexicon.classes().of(stem);
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

  /** The word without leading clitics (see {@link Proclitics}). */
  String stem(String w) {
    return proclitics.strip(w);
  }

  /** The lists the word, or its stem, is in, as one label such as "given+place+listed-person+". */
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
    int listed = lexicon.listed().kinds(w) | lexicon.listed().kinds(stem) | lexicon.listed().kinds("ال" + stem);
    for (int k = 0; k < NameWords.KINDS.size(); k++) {
      if ((listed & 1 << k) != 0) {
        out.append(LISTED[k]);
      }
    }
    return out.length() == 0 ? "-" : out.toString();
  }

  /** List labels for the {@link Lexicon#listed} kinds (ANERGazet's person, place and organisation lists). */
  private static final String[] LISTED = {"listed-person+", "listed-place+", "listed-org+"};

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

    /** Adds one feature given by {@link NerFeatures#unmasked}. */
    void addUnmasked(int hash) {
      if (size == hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = hash;
    }

    /** Adds features given by {@link #unmasked}. */
    void addAll(int[] unmasked) {
      for (int h : unmasked) {
        addUnmasked(h);
      }
    }

    void add(String name, String value) {
      push(Hashing.string(name) * 31 + Hashing.string(value));
    }

    /** The feature {@code name + a + "|" + b}, as {@link #add(String, String)} would give it. */
    void add(String name, String a, String b) {
      push(Hashing.string(name) * 31 + Hashing.joined(a, '|', b));
    }

    /** The feature {@code name + a + "|" + b + "|" + c}, as {@link #add(String, String)} would give it. */
    void add(String name, String a, String b, String c) {
      push(Hashing.string(name) * 31 + Hashing.joined(a, '|', b, c));
    }

    private void push(long h) {
      addUnmasked((int) Hashing.mix(h));
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
