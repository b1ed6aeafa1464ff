package org.malaff.extract.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained recognizer: a weight per (hashed feature, label) and per pair of successive labels, for
 * each of two readings. The first reading tags each sentence from its words; the second adds what
 * the first said about the same words elsewhere in the document ({@link DocumentMemory}). Each
 * reading finds the best-scoring sequence of labels that respects BIO (Viterbi).
 *
 * <p>Stored as gzip: "MNER", a version, the hash bits, the label count, the document window, then
 * for each reading the transition weights and the feature weights that are not zero, each as the
 * gap from the previous one and a float.
 */
public final class NerModel {
  private static final int MAGIC = 0x4d4e4552; // "MNER"
  private static final int VERSION = 3;
  /** Per reading: feature weights, and transitions (row {@code Labels.COUNT} is the sentence start). */
  private final Weights first;
  private final float[] firstTransitions;
  private final Weights second;
  private final float[] secondTransitions;
  private final int window;
  private final NerFeatures features;
  private final KnownWords known;

  NerModel(NerFeatures features, Weights first, float[] firstTransitions, Weights second, float[] secondTransitions,
      int window) {
    this.features = features;
    this.first = first;
    this.firstTransitions = firstTransitions;
    this.second = second;
    this.secondTransitions = secondTransitions;
    this.window = window;
    this.known = new KnownWords(features, first, second);
  }

  /**
   * The score of every label for each token ({@code out[i][label]}): the sum of its features'
   * weights in a dense array of {@link Labels#COUNT} weights per feature, as the trainer holds them.
   */
  static float[][] emissions(int[][] feats, float[] weights) {
    float[][] out = new float[feats.length][Labels.COUNT];
    for (int i = 0; i < feats.length; i++) {
      for (int h : feats[i]) {
        int base = h * Labels.COUNT;
        for (int l = 0; l < Labels.COUNT; l++) {
          out[i][l] += weights[base + l];
        }
      }
    }
    return out;
  }

  /** The BIO tags of every token of one sentence, read as a document of its own. */
  public List<String> tag(List<String> tokens) {
    return tagDocument(List.of(tokens)).get(0);
  }

  /**
   * The BIO tags of every token of a document's sentences; what the first reading said about a
   * word counts within ±window sentences (the model's window, given when it was trained).
   */
  public List<List<String>> tagDocument(List<List<String>> sentences) {
    List<int[]> heard = new ArrayList<>(sentences.size());
    List<NerFeatures.Sentence> read = new ArrayList<>(sentences.size());
    List<WordFacts[]> words = new ArrayList<>(sentences.size());
    List<KnownWords.Known[]> sums = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      KnownWords.Known[] k = new KnownWords.Known[s.size()];
      WordFacts[] facts = new WordFacts[s.size()];
      for (int i = 0; i < facts.length; i++) {
        k[i] = known.of(s.get(i));
        facts[i] = k[i].facts();
      }
      NerFeatures.Sentence r = features.read(facts);
      read.add(r);
      words.add(facts);
      sums.add(k);
      heard.add(decode(emissions(r, k, 0, null, null), firstTransitions));
    }
    List<List<String>> out = new ArrayList<>(sentences.size());
    eachWithMemory(words, heard, window, (memory, s) -> {
      int[] labels = decode(emissions(read.get(s), sums.get(s), 1, memory, heard.get(s)), secondTransitions);
      List<String> tags = new ArrayList<>(labels.length);
      for (int l : labels) {
        tags.add(Labels.name(l));
      }
      out.add(tags);
    });
    return out;
  }

  /**
   * The label scores of a sentence's tokens in a reading: the words' sums in each role, which
   * {@link KnownWords} keeps, plus the weights of the context features and, in the second reading,
   * of what the first one heard.
   */
  private float[][] emissions(NerFeatures.Sentence sentence, KnownWords.Known[] words, int reading,
      DocumentMemory memory, int[] heard) {
    Weights weights = reading == 0 ? first : second;
    int n = sentence.size();
    float[][] out = new float[n][Labels.COUNT];
    for (int i = 0; i < n; i++) {
      float[] scores = out[i];
      for (WordFacts.Role role : WordFacts.Role.values()) {
        int j = i + role.offset;
        (j < 0 ? known.start() : j >= n ? known.end() : words[j]).addTo(reading, role, scores);
      }
      for (int h : sentence.context(i)) {
        weights.addTo(h, scores);
      }
      if (reading == 1) {
        for (int h : sentence.memoryFeatures(memory, heard, i)) {
          weights.addTo(h, scores);
        }
      }
    }
    return out;
  }

  /**
   * A reading's label scores of one sentence read alone (the first reading's labels all O), either
   * from the sums kept per word ({@code kept}) or feature by feature: the two must agree.
   */
  float[][] scores(List<String> tokens, int reading, boolean kept) {
    int[] heard = new int[tokens.size()];
    DocumentMemory memory = new DocumentMemory();
    if (kept) {
      KnownWords.Known[] k = new KnownWords.Known[tokens.size()];
      WordFacts[] facts = new WordFacts[k.length];
      for (int i = 0; i < k.length; i++) {
        k[i] = known.of(tokens.get(i));
        facts[i] = k[i].facts();
      }
      return emissions(features.read(facts), k, reading, memory, heard);
    }
    NerFeatures.Sentence sentence = features.read(features.facts(tokens)); // worked out afresh
    int[][] feats = reading == 0 ? sentence.first() : sentence.second(memory, heard);
    float[][] out = new float[feats.length][Labels.COUNT];
    for (int i = 0; i < feats.length; i++) {
      for (int h : feats[i]) {
        (reading == 0 ? first : second).addTo(h, out[i]);
      }
    }
    return out;
  }

  /** The window of sentences each side that {@link #tagDocument} remembers. */
  public int window() {
    return window;
  }

  /**
   * Calls {@code action} for each sentence in order with the memory of the first reading's labels
   * of the sentences within ±{@code window} of it, its own left out.
   */
  static void eachWithMemory(List<WordFacts[]> sentences, List<int[]> heard, int window,
      java.util.function.ObjIntConsumer<DocumentMemory> action) {
    DocumentMemory memory = new DocumentMemory();
    int from = 0;
    int to = 0; // sentences [from, to) are in memory
    for (int s = 0; s < sentences.size(); s++) {
      while (to < sentences.size() && to <= s + window) {
        memory.add(sentences.get(to), heard.get(to));
        to++;
      }
      while (from < s - window) {
        memory.remove(sentences.get(from), heard.get(from));
        from++;
      }
      memory.remove(sentences.get(s), heard.get(s));
      action.accept(memory, s);
      memory.add(sentences.get(s), heard.get(s));
    }
  }

  /** The best sequence of labels that respects BIO, given each token's label scores. */
  static int[] decode(float[][] emit, float[] transitions) {
    int n = emit.length;
    int k = Labels.COUNT;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    float[] score = new float[n * k];
    int[] back = new int[n * k];
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < k; l++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = -1;
        if (i == 0) {
          if (Labels.allowed(-1, l)) {
            best = transitions[k * k + l];
          }
        } else {
          for (int p : Labels.previous(l)) {
            float s = score[(i - 1) * k + p] + transitions[p * k + l];
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
        score[i * k + l] = best + emit[i][l];
        back[i * k + l] = arg;
      }
    }
    int last = 0;
    for (int l = 1; l < k; l++) {
      if (score[(n - 1) * k + l] > score[(n - 1) * k + last]) {
        last = l;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = last;
      last = back[i * k + last];
    }
    return out;
  }

  /** Writes the model; {@link #read} gives it back. */
  public void write(OutputStream target) throws IOException {
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(target)));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(features.bits());
    out.writeInt(Labels.COUNT);
    out.writeInt(window);
    for (int r = 0; r < 2; r++) {
      for (float t : r == 0 ? firstTransitions : secondTransitions) {
        out.writeFloat(t);
      }
      (r == 0 ? first : second).write(out);
    }
    out.close();
  }

  /** Reads a model written by {@link #write}; {@code features} makes the features for its hash bits. */
  public static NerModel read(InputStream source, java.util.function.IntFunction<NerFeatures> features)
      throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source)));
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a Malaff name-finder model (or of another version)");
    }
    int bits = in.readInt();
    int labels = in.readInt();
    if (labels != Labels.COUNT || bits < 8 || bits > 26) {
      throw new IOException("model for " + labels + " labels and " + bits + " bits: not readable here");
    }
    int window = in.readInt();
    float[][] transitions = new float[2][(labels + 1) * labels];
    Weights[] weights = new Weights[2];
    for (int r = 0; r < 2; r++) {
      for (int i = 0; i < transitions[r].length; i++) {
        transitions[r][i] = in.readFloat();
      }
      weights[r] = Weights.read(in, 1 << bits);
    }
    return new NerModel(features.apply(bits), weights[0], transitions[0], weights[1], transitions[1], window);
  }
}
