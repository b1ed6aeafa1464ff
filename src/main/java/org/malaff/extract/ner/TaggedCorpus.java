package org.malaff.extract.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;

/**
 * Reads a corpus of one "token TAG" per line (ANERcorp's layout) into sentences. ANERcorp has no
 * sentence or document marks: a sentence ends after ".", "!", "?" or "؟"; one longer than {@value
 * #LONGEST} tokens is cut at an O not followed by an I- tag. Lines without a tag are skipped.
 */
public final class TaggedCorpus {
  static final int LONGEST = 100;

  private TaggedCorpus() {}

  public static List<TaggedSentence> parse(List<String> lines) {
    List<TaggedSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      int space = line.lastIndexOf(' ');
      if (space <= 0) {
        continue;
      }
      String token = line.substring(0, space).strip();
      String tag = line.substring(space + 1);
      tokens.add(token);
      tags.add(tag);
      boolean end = token.equals(".") || token.equals("!") || token.equals("?") || token.equals("؟");
      if (end || (tokens.size() >= LONGEST && tag.equals("O"))) {
        out.add(new TaggedSentence(tokens, tags));
        tokens.clear();
        tags.clear();
      }
    }
    if (!tokens.isEmpty()) {
      out.add(new TaggedSentence(tokens, tags));
    }
    return out;
  }

  /**
   * Where the held-out part starts: the first sentence at or after {@code share} of the tokens from
   * the end, so that both parts are runs of whole sentences (and, but for one, whole articles).
   */
  public static int heldOutStart(List<TaggedSentence> sentences, double share) {
    long total = sentences.stream().mapToLong(TaggedSentence::size).sum();
    long seen = 0;
    int cut = 0;
    while (cut < sentences.size() && seen < total * (1 - share)) {
      seen += sentences.get(cut++).size();
    }
    return cut;
  }

  /**
   * Words that the corpus often writes just before a name of {@code type} (titles such as الشيخ،
   * المدرب، السيدة): normalized at STANDARD, of three letters or more, seen at least {@code minCount}
   * times, and followed by the start of such a name in at least {@code share} of their uses.
   */
  public static Set<String> wordsBefore(List<TaggedSentence> sentences, String type, int minCount, double share) {
    Map<String, int[]> counts = new HashMap<>();
    for (TaggedSentence s : sentences) {
      for (int i = 0; i + 1 < s.size(); i++) {
        String w = ArabicNormalizer.normalize(s.tokens().get(i), Level.STANDARD);
        int[] c = counts.computeIfAbsent(w, k -> new int[2]);
        c[0]++;
        if (s.tags().get(i).equals("O") && s.tags().get(i + 1).equals("B-" + type)) {
          c[1]++;
        }
      }
    }
    Set<String> out = new TreeSet<>();
    counts.forEach((w, c) -> {
      if (w.length() >= 3 && c[0] >= minCount && c[1] >= share * c[0]) {
        out.add(w);
      }
    });
    return out;
  }
}
