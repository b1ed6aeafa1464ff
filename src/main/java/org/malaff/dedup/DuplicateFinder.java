package org.malaff.dedup;

import java.util.ArrayList;
import java.util.List;
import org.malaff.model.DuplicateLink;

/**
 * Finds every duplicate link in a collection: the collection's shingles are counted first (so
 * that common phrases are known), then each article in turn is looked up in the index of those
 * before it, each candidate verified, and the article added.
 */
public final class DuplicateFinder {
  private final DedupSettings settings;

  public DuplicateFinder(DedupSettings settings) {
    this.settings = settings;
  }

  /** The links among {@code docs}, in the order found. */
  public List<DuplicateLink> find(List<Fingerprint> docs) {
    DuplicateIndex index = new DuplicateIndex(settings, docs.size());
    ShingleFrequency frequency = new ShingleFrequency();
    docs.forEach(f -> frequency.add(f.shingles()));
    DuplicateJudge judge = new DuplicateJudge(settings, frequency);
    List<DuplicateLink> links = new ArrayList<>();
    for (Fingerprint f : docs) {
      for (int c : index.candidates(f)) {
        judge.judge(docs.get(c), f).ifPresent(links::add);
      }
      index.add(f);
    }
    return links;
  }
}
