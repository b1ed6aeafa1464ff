package org.malaff.dedup;

import java.util.function.IntConsumer;

/**
 * A compact multimap from int keys to int values: open addressing, linear probing, two int arrays,
 * about 11 bytes an entry at its load. A key holds at most {@code cap} values; more are refused, so
 * a key shared by a large part of the collection (boilerplate) costs nothing more.
 */
final class IntMultiTable {
  private static final double MAX_LOAD = 0.7;

  private final int cap;
  private int[] keys;
  private int[] values;
  private int size;
  private int mask;

  IntMultiTable(int expected, int cap) {
    int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_LOAD)) * 2 - 1);
    keys = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    this.cap = cap;
  }

  /** Adds {@code value} under {@code key} (0 is taken as 1); false when the key is full. */
  boolean put(int key, int value) {
    int k = key == 0 ? 1 : key;
    if (size + 1 > keys.length * MAX_LOAD) {
      grow();
    }
    int i = slot(k);
    int same = 0;
    while (keys[i] != 0) {
      if (keys[i] == k && ++same >= cap) {
        return false;
      }
      i = (i + 1) & mask;
    }
    keys[i] = k;
    values[i] = value;
    size++;
    return true;
  }

  /** Calls {@code action} with every value under {@code key}. */
  void forEach(int key, IntConsumer action) {
    int k = key == 0 ? 1 : key;
    int i = slot(k);
    while (keys[i] != 0) {
      if (keys[i] == k) {
        action.accept(values[i]);
      }
      i = (i + 1) & mask;
    }
  }

  /** How many values are stored. */
  int size() {
    return size;
  }

  /** The memory the table holds, in bytes. */
  long bytes() {
    return 8L * keys.length;
  }

  private int slot(int k) {
    return (int) (org.malaff.text.Hashing.mix(k) & mask);
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int j = slot(oldKeys[i]);
        while (keys[j] != 0) {
          j = (j + 1) & mask;
        }
        keys[j] = oldKeys[i];
        values[j] = oldValues[i];
        size++;
      }
    }
  }
}
