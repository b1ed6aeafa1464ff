package org.malaff.dedup;

import java.util.Arrays;
import java.util.List;
import org.malaff.text.ArabicNormalizer.Level;
import org.malaff.text.ArabicTokenizer;
import org.malaff.text.Hashing;
import org.malaff.text.Shingles;

/**
 * Turns an article's paragraphs into a {@link Fingerprint}. Words are normalized at {@link
 * Level#STANDARD}; the article's shingles run across paragraph breaks (copies often break
 * paragraphs differently), each paragraph's own shingles stay inside it.
 */
public final class Fingerprinter {
  private final DedupSettings settings;
  private final MinHasher minHasher;

  public Fingerprinter(DedupSettings settings) {
    this.settings = settings;
    this.minHasher = new MinHasher(settings.bins());
  }

  /** The fingerprint of an article made of {@code paragraphs}. */
  public Fingerprint of(String id, List<String> paragraphs) {
    WordSink sink = new WordSink();
    int[] starts = new int[paragraphs.size()];
    for (int p = 0; p < paragraphs.size(); p++) {
      starts[p] = sink.n;
      ArabicTokenizer.hashWords(paragraphs.get(p), Level.STANDARD, sink);
    }
    return ofWords(id, Arrays.copyOf(sink.words, sink.n), starts);
  }

  /** The fingerprint of an article given as normalized word hashes and paragraph starts. */
  public Fingerprint ofWords(String id, long[] words, int[] starts) {
    long textHash = 1;
    for (long w : words) {
      textHash = Hashing.mix(textHash * 31 + w);
    }
    long[] shingles = Shingles.distinctSorted(Shingles.ofWords(words, words.length, settings.shingleSize()));
    return new Fingerprint(id, words.length == 0 ? 0 : textHash, shingles, minHasher.signature(shingles),
        samples(shingles), words, starts, settings.shingleSize());
  }

  private int[] samples(long[] shingles) {
    int mask = settings.sampleEvery() - 1;
    int[] out = new int[Math.max(4, shingles.length / settings.sampleEvery() * 2)];
    int k = 0;
    for (long h : shingles) {
      if (((h >>> 40) & mask) == 0) {
        if (k == out.length) {
          out = Arrays.copyOf(out, k * 2);
        }
        out[k++] = sampleKey(h);
      }
    }
    int[] s = Arrays.copyOf(out, k);
    Arrays.sort(s);
    int w = 0;
    for (int i = 0; i < s.length; i++) {
      if (i == 0 || s[i] != s[i - 1]) {
        s[w++] = s[i];
      }
    }
    return Arrays.copyOf(s, w);
  }

  static int sampleKey(long h) {
    int key = (int) h ^ (int) (h >>> 32);
    return key == 0 ? 1 : key;
  }

  private static final class WordSink implements ArabicTokenizer.WordHashSink {
    long[] words = new long[512];
    int n;

    @Override
    public void word(long hash) {
      if (n == words.length) {
        words = Arrays.copyOf(words, n * 2);
      }
      words[n++] = hash;
    }
  }
}
