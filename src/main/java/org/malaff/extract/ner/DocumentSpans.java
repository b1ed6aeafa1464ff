package org.malaff.extract.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one reading in a document: words that the tagger marks as a name in one place and
 * leaves unmarked in another ("قال ألونسو" tagged, "هاجم ألونسو" not) get the type the document
 * gave them most. The name is matched as a whole, longest first, on words the tagger left
 * untagged, also with a one-letter proclitic on its first word (وفيدرر after فيدرر).
 */
public final class DocumentSpans {
  private static final int LONGEST = 6;
  private static final String CLITICS = "وبلفك";

  private DocumentSpans() {}

  /**
   * The tags of a document's sentences (words normalized), each sentence's untagged words given the
   * names tagged within {@code window} sentences of it.
   */
  public static List<List<String>> propagate(List<List<String>> words, List<List<String>> tags, int window) {
    List<List<Named>> named = new ArrayList<>();
    for (int s = 0; s < words.size(); s++) {
      List<Named> here = new ArrayList<>();
      named.add(here);
      List<String> t = tags.get(s);
      for (int i = 0; i < t.size(); ) {
        if (!t.get(i).startsWith("B-")) {
          i++;
          continue;
        }
        int type = Labels.TYPES.indexOf(t.get(i).substring(2));
        int j = i + 1;
        while (j < t.size() && t.get(j).equals("I-" + t.get(i).substring(2))) {
          j++;
        }
        if (j - i <= LONGEST) {
          String key = key(words.get(s), i, j, false);
          if (key.length() >= 3) {
            here.add(new Named(key, type));
          }
        }
        i = j;
      }
    }
    if (named.stream().allMatch(List::isEmpty)) {
      return tags;
    }
    List<List<String>> out = new ArrayList<>();
    for (int s = 0; s < words.size(); s++) {
      Map<String, int[]> byName = new HashMap<>();
      for (int o = Math.max(0, s - window); o <= Math.min(words.size() - 1, s + window); o++) {
        for (Named e : named.get(o)) {
          byName.computeIfAbsent(e.key(), k -> new int[Labels.TYPES.size()])[e.type()]++;
        }
      }
      List<String> w = words.get(s);
      List<String> t = new ArrayList<>(tags.get(s));
      for (int i = 0; i < t.size(); i++) {
        if (!t.get(i).equals("O")) {
          continue;
        }
        for (int n = Math.min(LONGEST, t.size() - i); n >= 1; n--) {
          if (!allO(t, i, i + n)) {
            continue;
          }
          int[] counts = byName.get(key(w, i, i + n, false));
          if (counts == null) {
            counts = byName.get(key(w, i, i + n, true));
          }
          if (counts != null) {
            String type = Labels.TYPES.get(argmax(counts));
            t.set(i, "B-" + type);
            for (int k = i + 1; k < i + n; k++) {
              t.set(k, "I-" + type);
            }
            i += n - 1;
            break;
          }
        }
      }
      out.add(t);
    }
    return out;
  }

  /** A name tagged in a sentence: its words joined, and its type's number. */
  private record Named(String key, int type) {}

  private static boolean allO(List<String> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.get(k).equals("O")) {
        return false;
      }
    }
    return to >= t.size() || !t.get(to).startsWith("I-");
  }

  private static String key(List<String> w, int from, int to, boolean dropClitic) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      String word = w.get(k);
      if (k == from && dropClitic) {
        if (word.length() < 4 || CLITICS.indexOf(word.charAt(0)) < 0) {
          return "";
        }
        word = word.substring(1);
      }
      if (k > from) {
        b.append(' ');
      }
      b.append(word);
    }
    return b.toString();
  }

  private static int argmax(int[] counts) {
    int best = 0;
    for (int k = 1; k < counts.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return best;
  }
}
