package org.malaff.extract;

import java.util.List;
import java.util.Set;
import org.malaff.extract.WordSpans.Word;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;

/**
 * A role written after a name, set off by commas: "أكد العميد نبيل عبدالله، المتحدث باسم الجيش
 * السوداني، أن …". The finders read roles written before a name; this one adds to a person mention
 * the role that follows it, so that a later "وأوضح المتحدث باسم الجيش" is resolved
 * to him. The role opens with a role word, runs at most {@value #MAX_WORDS} words and ends at
 * punctuation, at أن/إن or at a verb of speech; one that runs on is not a role.
 */
final class RolesAfterNames {
  private static final int MAX_WORDS = 7;
  private static final Set<String> ROLE_WORDS = RuleNameFinder.roleStarts();

  private RolesAfterNames() {}

  /**
   * The mention with the role written after it, or the mention itself; {@code mine} are the
   * article's mentions: a role that holds another person's name ("لافروف، وزير الخارجية السوري وليد
   * المعلم") is that person's, not this one's.
   */
  static Mention of(Mention m, String paragraph, List<Mention> mine) {
    if (m.type() != EntityType.PERSON) {
      return m;
    }
    int i = m.end();
    while (i < paragraph.length() && paragraph.charAt(i) == ' ') {
      i++;
    }
    if (i >= paragraph.length() || (paragraph.charAt(i) != '،' && paragraph.charAt(i) != ',')) {
      return m;
    }
    int from = i + 1;
    String rest = paragraph.substring(from, Math.min(paragraph.length(), from + 160));
    List<Word> words = WordSpans.of(rest);
    if (words.isEmpty() || !opensRole(words.get(0))) {
      return m;
    }
    int k = 1;
    while (k < words.size() && k < MAX_WORDS && !words.get(k).afterPunctuation()
        && !words.get(k).in(SpeechCues.THAT) && !words.get(k).in(SpeechCues.VERBS)) {
      k++;
    }
    if (k == MAX_WORDS || k == words.size() && rest.length() == 160) {
      return m; // runs on: not a role set off by commas
    }
    int end = from + words.get(k - 1).end();
    for (Mention other : mine) {
      if (other.paragraph() == m.paragraph() && other.type() == EntityType.PERSON && other.start() >= from
          && other.start() < end) {
        return m;
      }
    }
    String role = rest.substring(words.get(0).start(), words.get(k - 1).end());
    return new Mention(m.article(), m.paragraph(), m.start(), m.end(), m.text(), m.type(),
        m.role() == null ? role : m.role() + "، " + role); // "العميد، المتحدث باسم الجيش السوداني"
  }

  private static boolean opensRole(Word w) {
    String n = w.norm();
    String bare = n.startsWith("ال") ? n.substring(2) : n;
    return ROLE_WORDS.contains(n) || ROLE_WORDS.contains(bare) || ROLE_WORDS.contains("ال" + bare);
  }
}
