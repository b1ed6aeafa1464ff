package org.malaff.extract.ner;

/**
 * A reading's feature weights as the model uses them: only the hashed features that carry any
 * weight, in an open-addressing table from feature number to its {@link Labels#COUNT} weights, so
 * that a model of 2^22 features takes megabytes, not the hundreds that a dense array would.
 */
final class Weights {
  private final int[] keys;
  private final float[] values;
  private final int mask;

  private Weights(int[] keys, float[] values) {
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
  }

  /** The non-zero rows of a dense array of {@code Labels.COUNT} weights per feature. */
  static Weights of(float[] dense) {
    int k = Labels.COUNT;
    int rows = 0;
    for (int f = 0; f < dense.length / k; f++) {
      if (nonZero(dense, f * k)) {
        rows++;
      }
    }
    int capacity = Integer.highestOneBit(Math.max(2, rows * 2 - 1)) << 1;
    int[] keys = new int[capacity];
    java.util.Arrays.fill(keys, -1);
    float[] values = new float[capacity * k];
    Weights out = new Weights(keys, values);
    for (int f = 0; f < dense.length / k; f++) {
      if (nonZero(dense, f * k)) {
        int slot = out.slot(f);
        keys[slot] = f;
        System.arraycopy(dense, f * k, values, slot * k, k);
      }
    }
    return out;
  }

  private static boolean nonZero(float[] dense, int from) {
    for (int l = 0; l < Labels.COUNT; l++) {
      if (dense[from + l] != 0) {
        return true;
      }
    }
    return false;
  }

  /** The slot holding {@code feature}, or the empty slot where it would go. */
  private int slot(int feature) {
    int s = (feature * 0x9E3779B9) >>> 7 & mask;
    while (keys[s] != -1 && keys[s] != feature) {
      s = (s + 1) & mask;
    }
    return s;
  }

  /** Adds the weights of {@code feature} for every label to {@code scores}. */
  void addTo(int feature, float[] scores) {
    int s = slot(feature);
    if (keys[s] == feature) {
      int base = s * Labels.COUNT;
      for (int l = 0; l < Labels.COUNT; l++) {
        scores[l] += values[base + l];
      }
    }
  }

  /** Writes the rows in order of feature: their count, then each as the gap from the previous feature and its weights. */
  void write(java.io.DataOutputStream out) throws java.io.IOException {
    int[] order = java.util.Arrays.stream(keys).filter(f -> f >= 0).sorted().toArray();
    out.writeInt(order.length);
    int previous = -1;
    for (int f : order) {
      writeVarInt(out, f - previous);
      int base = slot(f) * Labels.COUNT;
      for (int l = 0; l < Labels.COUNT; l++) {
        out.writeFloat(values[base + l]);
      }
      previous = f;
    }
  }

  static Weights read(java.io.DataInputStream in, int features) throws java.io.IOException {
    int rows = in.readInt();
    if (rows < 0 || rows > features) {
      throw new java.io.IOException("a model with " + rows + " weighted features of " + features);
    }
    int capacity = Integer.highestOneBit(Math.max(2, rows * 2 - 1)) << 1;
    int[] keys = new int[capacity];
    java.util.Arrays.fill(keys, -1);
    Weights out = new Weights(keys, new float[capacity * Labels.COUNT]);
    int f = -1;
    for (int r = 0; r < rows; r++) {
      f += readVarInt(in);
      int slot = out.slot(f);
      keys[slot] = f;
      for (int l = 0; l < Labels.COUNT; l++) {
        out.values[slot * Labels.COUNT + l] = in.readFloat();
      }
    }
    return out;
  }

  private static void writeVarInt(java.io.DataOutputStream out, int v) throws java.io.IOException {
    while ((v & ~0x7f) != 0) {
      out.writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarInt(java.io.DataInputStream in) throws java.io.IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new java.io.IOException("a malformed number in the model");
  }
}
