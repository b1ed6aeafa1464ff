package org.malaff.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Classes of words that occur in the same contexts, learned from unlabelled news: names of people
 * gather with names of people whether or not a list knows them. Each word of the vocabulary gets a
 * vector: its positive pointwise mutual information with each frequent word at each position
 * around it (±1, ±2; context counts smoothed to the power 0.75), randomly projected to {@value
 * #DIMENSIONS} dimensions; the vectors are normalized and cut into classes by spherical k-means at
 * several sizes (coarse to fine), seeded so that a rebuild gives the same classes.
 */
public final class WordClusters {
  private static final int DIMENSIONS = 128;
  private final Map<String, int[]> classes;
  private final int[] sizes;

  private WordClusters(Map<String, int[]> classes, int[] sizes) {
    this.classes = classes;
    this.sizes = sizes;
  }

  public static WordClusters none() {
    return new WordClusters(Map.of(), new int[0]);
  }

  /** The class numbers of a normalized word at each size, or null for a word not in the vocabulary. */
  int[] of(String word) {
    return classes.get(word);
  }

  /** Whether the word is in the vocabulary. */
  public boolean has(String word) {
    return classes.containsKey(word);
  }

  int levels() {
    return sizes.length;
  }

  public int vocabulary() {
    return classes.size();
  }

  /**
   * Learns classes from sentences of normalized words: the words seen at least {@code minCount}
   * times (at most {@code maxWords} of the most frequent), contexts among the {@code contexts} most
   * frequent words.
   */
  public static WordClusters learn(Iterable<List<String>> sentences, int minCount, int maxWords, int contexts,
      int[] sizes, int iterations, long seed) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> s : sentences) {
      for (String w : s) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> byCount = new ArrayList<>(counts.keySet());
    byCount.sort((a, b) -> counts.get(b) != counts.get(a).intValue() ? counts.get(b) - counts.get(a) : a.compareTo(b));
    Map<String, Integer> vocabulary = new HashMap<>();
    for (String w : byCount) {
      if (counts.get(w) < minCount || vocabulary.size() >= maxWords) {
        break;
      }
      vocabulary.put(w, vocabulary.size());
    }
    Random random = new Random(seed);
    int positions = 4;
    int contextWords = Math.min(contexts, byCount.size());
    Map<String, Integer> contextIndex = new HashMap<>();
    for (int c = 0; c < contextWords; c++) {
      contextIndex.put(byCount.get(c), c);
    }
    // every (word, neighbour at a position) pair as one number, sorted, so that equal pairs are runs
    int[] offsets = {-1, 1, -2, 2};
    long[] pairs = new long[1 << 16];
    int count = 0;
    long[] contextTotals = new long[contextWords * positions];
    for (List<String> s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        Integer w = vocabulary.get(s.get(i));
        if (w == null) {
          continue;
        }
        for (int p = 0; p < positions; p++) {
          int j = i + offsets[p];
          Integer c = j >= 0 && j < s.size() ? contextIndex.get(s.get(j)) : null;
          if (c != null) {
            if (count == pairs.length) {
              pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[count++] = (long) w * contextWords * positions + c * positions + p;
            contextTotals[c * positions + p]++;
          }
        }
      }
    }
    Arrays.sort(pairs, 0, count);
    long[] wordTotals = new long[vocabulary.size()];
    for (int i = 0; i < count; i++) {
      wordTotals[(int) (pairs[i] / (contextWords * positions))]++;
    }
    // each word's vector: a random projection of its positive pointwise mutual information with its contexts
    float[][] projection = new float[contextWords * positions][DIMENSIONS];
    for (float[] r : projection) {
      for (int d = 0; d < DIMENSIONS; d++) {
        r[d] = (float) random.nextGaussian();
      }
    }
    float[][] vectors = new float[vocabulary.size()][DIMENSIONS];
    for (int i = 0; i < count; ) {
      int j = i;
      while (j < count && pairs[j] == pairs[i]) {
        j++;
      }
      int w = (int) (pairs[i] / (contextWords * positions));
      int c = (int) (pairs[i] % (contextWords * positions));
      double pmi = Math.log((double) (j - i) * count / ((double) wordTotals[w] * Math.pow(contextTotals[c], 0.75) * Math.pow(count, 0.25)));
      if (pmi > 0) {
        float[] r = projection[c];
        float[] v = vectors[w];
        for (int d = 0; d < DIMENSIONS; d++) {
          v[d] += (float) pmi * r[d];
        }
      }
      i = j;
    }
    for (float[] v : vectors) {
      normalize(v);
    }
    int[][] assigned = new int[vectors.length][sizes.length];
    for (int level = 0; level < sizes.length; level++) {
      int[] cluster = kMeans(vectors, sizes[level], iterations, new Random(seed + level));
      for (int w = 0; w < vectors.length; w++) {
        assigned[w][level] = cluster[w];
      }
    }
    Map<String, int[]> classes = new HashMap<>();
    vocabulary.forEach((w, i) -> classes.put(w, assigned[i]));
    return new WordClusters(classes, sizes.clone());
  }

  private static void normalize(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float inverse = (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < v.length; d++) {
        v[d] *= inverse;
      }
    }
  }

  private static int[] kMeans(float[][] vectors, int k, int iterations, Random random) {
    float[][] centres = new float[k][];
    for (int c = 0; c < k; c++) {
      centres[c] = vectors[random.nextInt(vectors.length)].clone();
    }
    int[] cluster = new int[vectors.length];
    for (int it = 0; it < iterations; it++) {
      for (int w = 0; w < vectors.length; w++) {
        float best = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          float dot = 0;
          float[] a = vectors[w];
          float[] b = centres[c];
          for (int d = 0; d < DIMENSIONS; d++) {
            dot += a[d] * b[d];
          }
          if (dot > best) {
            best = dot;
            cluster[w] = c;
          }
        }
      }
      for (float[] c : centres) {
        Arrays.fill(c, 0);
      }
      for (int w = 0; w < vectors.length; w++) {
        float[] c = centres[cluster[w]];
        for (int d = 0; d < DIMENSIONS; d++) {
          c[d] += vectors[w][d];
        }
      }
      for (int c = 0; c < k; c++) {
        normalize(centres[c]);
        if (Arrays.equals(centres[c], new float[DIMENSIONS])) {
          centres[c] = vectors[random.nextInt(vectors.length)].clone(); // an empty class starts again
        }
      }
    }
    return cluster;
  }

  /** Writes "word TAB class TAB class …" lines, gzipped, after a header line with the sizes. */
  public void write(OutputStream target) throws IOException {
    try (PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(new GZIPOutputStream(target), StandardCharsets.UTF_8))) {
      out.println("# sizes\t" + String.join("\t", Arrays.stream(sizes).mapToObj(String::valueOf).toList()));
      classes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        StringBuilder line = new StringBuilder(e.getKey());
        for (int c : e.getValue()) {
          line.append('\t').append(c);
        }
        out.println(line);
      });
    }
  }

  public static WordClusters read(InputStream source) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(source), StandardCharsets.UTF_8));
    String header = in.readLine();
    if (header == null || !header.startsWith("# sizes\t")) {
      throw new IOException("not a word-class file: the first line should list the sizes");
    }
    int[] sizes = Arrays.stream(header.substring(8).split("\t")).mapToInt(Integer::parseInt).toArray();
    Map<String, int[]> classes = new HashMap<>();
    for (String line; (line = in.readLine()) != null; ) {
      String[] f = line.split("\t");
      int[] c = new int[sizes.length];
      for (int i = 0; i < c.length; i++) {
        c[i] = Integer.parseInt(f[i + 1]);
      }
      classes.put(f[0], c);
    }
    return new WordClusters(classes, sizes);
  }
}
