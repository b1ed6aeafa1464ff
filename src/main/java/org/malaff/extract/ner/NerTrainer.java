package org.malaff.extract.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Learns a {@link NerModel} with the averaged structured perceptron (Collins 2002): for each
 * sentence, decode with the current weights; where the best sequence differs from the gold one,
 * add the gold features' weights and subtract the predicted ones; the model is the average of the
 * weights over all steps. Sentences are shuffled each epoch with a fixed seed, so training is
 * repeatable.
 */
public final class NerTrainer {
  private final NerFeatures features;
  private final int epochs;
  private final long seed;

  public NerTrainer(NerFeatures features, int epochs, long seed) {
    this.features = features;
    this.epochs = epochs;
    this.seed = seed;
  }

  /**
   * Trains both readings: the first on the words alone; the second with, as features, the first
   * reading's labels of the same words elsewhere in the document (±{@code window} sentences). The
   * second reading learns from first-reading labels of sentences the first reading did not see in
   * training (five folds), as it will meet them on new text.
   */
  public NerModel train(List<TaggedSentence> sentences, int window) {
    List<int[]> gold = new ArrayList<>();
    List<NerFeatures.Sentence> read = new ArrayList<>();
    List<int[][]> first = new ArrayList<>();
    for (TaggedSentence s : sentences) {
      gold.add(gold(s));
      NerFeatures.Sentence r = features.read(features.facts(s.tokens()));
      read.add(r);
      first.add(r.first());
    }
    float[][] firstWeights = learn(first, gold);
    int folds = 5;
    int n = sentences.size();
    List<int[]> heard = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      int from = n * k / folds;
      int to = n * (k + 1) / folds;
      List<int[][]> f = new ArrayList<>(first.subList(0, from));
      f.addAll(first.subList(to, n));
      List<int[]> g = new ArrayList<>(gold.subList(0, from));
      g.addAll(gold.subList(to, n));
      float[][] w = learn(f, g);
      for (int s = from; s < to; s++) {
        heard.add(NerModel.decode(NerModel.emissions(first.get(s), w[0]), w[1]));
      }
    }
    List<WordFacts[]> words = read.stream().map(NerFeatures.Sentence::words).toList();
    List<int[][]> second = new ArrayList<>();
    NerModel.eachWithMemory(words, heard, window, (memory, s) -> second.add(read.get(s).second(memory, heard.get(s))));
    float[][] secondWeights = learn(second, gold);
    return new NerModel(features, Weights.of(firstWeights[0]), firstWeights[1], Weights.of(secondWeights[0]),
        secondWeights[1], window);
  }

  private static int[] gold(TaggedSentence s) {
    int[] g = new int[s.size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = Labels.of(s.tags().get(i));
      if (!Labels.allowed(i == 0 ? -1 : g[i - 1], g[i])) {
        g[i] = Labels.of("B-" + s.tags().get(i).substring(2)); // an I- tag with nothing to continue
      }
    }
    return g;
  }

  /** The averaged weights {feature weights, transition weights} learned from features and gold labels. */
  private float[][] learn(List<int[][]> feats, List<int[]> gold) {
    int k = Labels.COUNT;
    int size = (1 << features.bits()) * k;
    float[] w = new float[size];
    double[] total = new double[size]; // sum over steps of c × update, for the average
    float[] t = new float[(k + 1) * k];
    double[] tTotal = new double[t.length];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < feats.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    int c = 1;
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int s : order) {
        int[][] f = feats.get(s);
        int[] g = gold.get(s);
        int[] p = NerModel.decode(NerModel.emissions(f, w), t);
        for (int i = 0; i < g.length; i++) {
          int gp = i == 0 ? k : g[i - 1];
          int pp = i == 0 ? k : p[i - 1];
          if (g[i] != p[i] || gp != pp) {
            t[gp * k + g[i]] += 1;
            tTotal[gp * k + g[i]] += c;
            t[pp * k + p[i]] -= 1;
            tTotal[pp * k + p[i]] -= c;
          }
          if (g[i] != p[i]) {
            for (int h : f[i]) {
              w[h * k + g[i]] += 1;
              total[h * k + g[i]] += c;
              w[h * k + p[i]] -= 1;
              total[h * k + p[i]] -= c;
            }
          }
        }
        c++;
      }
    }
    for (int i = 0; i < w.length; i++) {
      w[i] -= (float) (total[i] / c);
    }
    for (int i = 0; i < t.length; i++) {
      t[i] -= (float) (tTotal[i] / c);
    }
    return new float[][] {w, t};
  }
}
