package org.malaff.dedup;

import java.util.ArrayList;
import java.util.List;
import org.malaff.model.DuplicateLink;

/**
 * Finds every duplicate link in a collection: each article in turn is looked up in the index of
 * those before it, each candidate verified, then the article is added.
 */
public final class DuplicateFinder {
  private final DedupSettings settings;

  public DuplicateFinder(DedupSettings settings) {
    this.settings = settings;
  }

  /** The links among {@code docs}, in the order found. */
  public List<DuplicateLink> find(List<Fingerprint> docs) {
    DuplicateIndex index = new DuplicateIndex(settings, docs.size());
    DuplicateJudge judge = new DuplicateJudge(settings);
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
