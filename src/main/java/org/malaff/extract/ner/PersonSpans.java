package org.malaff.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Mends the edges of the person names a tagger marks, where the tagger's labels go against how
 * Arabic news writes names (counted on ANERcorp's training part):
 *
 * <ul>
 *   <li>A word that opens with the conjunction و inside a name starts the next name: "دونالد
 *       وبالمر", "عطا والجراح" are two people (ANERcorp: 147 times a new name against 31 times a name
 *       word that begins with و, such as وقاص after أبي). The word stays inside when the word before it is
 *       a connector (بن، أبو، أبي، عبد …) or {@code nameByItself} says the و belongs to the word (وليد،
 *       a foreign name's وايت).
 *   <li>An adjective of nationality or origin (الكاميروني، والسريلانكي) or a preposition does not
 *       open a name of several words: it stands before the name (ANERcorp: 533 times before a name, 6
 *       times as its first word, most of those given names such as المهدي, which {@code nameByItself}'s
 *       list knows as names and are kept).
 * </ul>
 *
 * A pure function of the tokens and their tags; only PERS spans change.
 */
public final class PersonSpans {
  private static final Set<String> CONNECTORS = Set.of("بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "اّل",
      "دي", "دا", "دو", "فان", "فون", "لو", "لا", "ولد", "ذو");
  /** As written: normalized, على would be the name علي. */
  private static final Set<String> PREPOSITIONS = Set.of("على", "في", "من", "إلى", "الى", "عن", "مع", "لدى", "عند",
      "بين", "حول", "ضد");

  private PersonSpans() {}

  /**
   * The tags of one sentence (its tokens as written and normalized at STANDARD) with its person
   * names mended. {@code nameByItself} tells whether a
   * normalized word is itself a name that may begin with و or the article (a listed given name or
   * place, a word of foreign names whose rest is not).
   */
  public static List<String> mend(List<String> tokens, List<String> norm, List<String> tags,
      Predicate<String> nameByItself) {
    if (!tags.contains("B-PERS")) {
      return tags;
    }
    List<String> out = new ArrayList<>(tags);
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).equals("I-PERS") && startsNewName(norm, i, nameByItself)) {
        out.set(i, "B-PERS");
      }
    }
    for (int i = 0; i + 1 < out.size(); i++) {
      if (out.get(i).equals("B-PERS") && out.get(i + 1).equals("I-PERS") && opensBeforeName(tokens.get(i), norm.get(i), nameByItself)) {
        out.set(i, "O");
        out.set(i + 1, "B-PERS");
      }
    }
    return out;
  }

  private static boolean startsNewName(List<String> norm, int i, Predicate<String> nameByItself) {
    String w = norm.get(i);
    return w.length() >= 4 && w.charAt(0) == 'و' && !CONNECTORS.contains(norm.get(i - 1)) && !nameByItself.test(w);
  }

  private static boolean opensBeforeName(String token, String w, Predicate<String> nameByItself) {
    if (PREPOSITIONS.contains(token)) {
      return true;
    }
    String bare = w.startsWith("وال") ? w.substring(1) : w;
    return DocumentMemory.gentilic(bare) && !nameByItself.test(w) && !nameByItself.test(bare);
  }
}
