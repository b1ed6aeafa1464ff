package org.malaff.extract;

import java.util.List;
import java.util.Set;
import org.malaff.extract.WordSpans.Word;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.text.ArabicStopWords;
import org.malaff.text.ArabicNormalizer.Level;

/**
 * Roles the finders leave out of a person mention, so that a speaker named by a role later in the
 * article ("وأوضح المتحدث باسم الجيش"، "وأكد الوالي") is resolved to that person:
 * <ul>
 *   <li><b>after the name, set off by commas</b>: "أكد العميد نبيل عبدالله، المتحدث باسم الجيش
 *       السوداني، أن …": the role opens with a role word, runs at most {@value #MAX_SET_OFF} words and
 *       ends at punctuation, at أن/إن or at a verb of speech; one that runs on is not a role;
 *   <li><b>right after the name of a speaker</b>, with no comma: "قال عزيز الرباح وزير الطاقة
 *       والمعادن، إن": as above, at most {@value #MAX_WORDS} words, and only where a verb of speech
 *       stands right before the name, or before a courtesy title before it ("أعرب الدكتور طارق شوقي
 *       وزير التربية");
 *   <li><b>before the name, through words the finders' role lists do not hold</b>: "والي ولاية
 *       الخرطوم أحمد عثمان حمزة"، "وزيرة العمل الاجتماعي، السيدة صفية منت انتهاه": back from the
 *       name, past one comma and a title, at most {@value #MAX_BEFORE} words with no stop word but في
 *       or لدى, no verb and no punctuation, to the first word that opens a role.
 * </ul>
 * A role that holds another person's name ("لافروف، وزير الخارجية السوري وليد المعلم") is that
 * person's, not this one's.
 */
final class AppositiveRoles {
  private static final int MAX_WORDS = 7;
  /**
   * A role before the name may run longer, since it must open with a role word: "وزير الشؤون الخارجية
   * والتعاون الإفريقي والمغاربة المقيمين بالخارج، ناصر بوريطة".
   */
  private static final int MAX_BEFORE = 10;
  /** A role between two commas may run longer: "موسى نداو، النجم السنغالي السابق والمدرب المؤقت الحالي للوداد المغربي، أن". */
  private static final int MAX_SET_OFF = 12;
  /** How far before a name its role is looked for, in characters: past {@value #MAX_BEFORE} words of most roles. */
  private static final int WINDOW = 160;
  private static final Set<String> STOP = ArabicStopWords.at(Level.STANDARD);
  /** Stop words a role may hold: "وزير المال في حكومة تصريف الأعمال يوسف الخليل". */
  private static final Set<String> WITHIN = Set.of("في", "لدي");

  private AppositiveRoles() {}

  /** The mention with the roles written around it, or the mention itself. */
  static Mention of(Mention m, String paragraph, List<Mention> mine) {
    if (m.type() != EntityType.PERSON) {
      return m;
    }
    String role = m.role();
    if (role == null || role.indexOf(' ') < 0 || mayReachFurther(role, m, paragraph)) {
      String longer = before(m, paragraph, mine); // "وزيرة العمل الاجتماعي، السيدة صفية"; "ناطق الحكومة وزير الإعلام"
      role = longer != null && (role == null || longer.endsWith(role)) ? longer : role;
    }
    String after = after(m, paragraph, mine);
    if (after != null) {
      role = role == null ? after : role + "، " + after; // "العميد، المتحدث باسم الجيش السوداني"
    }
    return role == null || role.equals(m.role()) ? m
        : new Mention(m.article(), m.paragraph(), m.start(), m.end(), m.text(), m.type(), role);
  }

  /**
   * Whether a role the finder wrote before the name may be the end of a longer one: the word before
   * it is no verb, stop word or punctuation ("أكد ناطق حكومة الإنقاذ الوطني وزير الإعلام"). Most
   * roles follow a verb ("قال وزير الخارجية"), and this spares reading the words before them.
   */
  private static boolean mayReachFurther(String role, Mention m, String paragraph) {
    int at = paragraph.lastIndexOf(role, m.start());
    Word w = at < 0 ? null : wordBefore(paragraph, at);
    return w != null && !STOP.contains(w.norm()) && !w.in(SpeechCues.VERBS) && !w.in(SpeechCues.THAT);
  }

  /** The word that ends right before {@code at}, past spaces only; null after punctuation or at the start. */
  private static Word wordBefore(String paragraph, int at) {
    int start = startOfWordBefore(paragraph, at);
    if (start < 0) {
      return null;
    }
    List<Word> one = WordSpans.of(paragraph.substring(start, at).strip());
    return one.isEmpty() ? null : one.get(0);
  }

  /** Where the word before {@code at} starts, across spaces only; -1 when punctuation or nothing stands there. */
  private static int startOfWordBefore(String paragraph, int at) {
    int end = at;
    while (end > 0 && isSpace(paragraph.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && org.malaff.text.ArabicTokenizer.isWordChar(paragraph.charAt(start - 1))) {
      start--;
    }
    return start == end ? -1 : start;
  }

  /** A space as the tokenizer reads one: no-break spaces and direction marks too. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
  }

  private static String before(Mention m, String paragraph, List<Mention> mine) {
    int from = Math.max(0, m.start() - WINDOW); // the words just before the name, not the paragraph's
    String window = paragraph.substring(from, m.end());
    List<Word> words = WordSpans.of(window);
    int name = m.start() - from;
    int first = 0;
    while (first < words.size() && words.get(first).end() <= name) {
      first++;
    }
    int k = first - 1; // the word before the name
    if (k < 0 || first >= words.size() || words.get(first).start() < name) {
      return null; // "… نائب وزير الخارجية والمغتربين وأحمد عرنوس": a list, the role is the one before's
    }
    boolean crossed = false; // the one comma a role may stand behind
    if (words.get(first).afterPunctuation()) {
      if (!isComma(window, words.get(k).end(), words.get(first).start())) {
        return null;
      }
      crossed = true;
    } else if (opensRole(words.get(k)) && words.get(k).afterPunctuation() && k > 0
        && isComma(window, words.get(k - 1).end(), words.get(k).start())) {
      k--; // "، السيدة صفية": a title after the comma, the role before it
      crossed = true;
    }
    int start = -1;
    for (int b = k; b >= 0 && k - b < MAX_BEFORE; b--) {
      Word x = words.get(b);
      if ((b < k && words.get(b + 1).afterPunctuation()) || (STOP.contains(x.norm()) && !WITHIN.contains(x.norm()))
          || x.in(SpeechCues.THAT)
          || x.in(SpeechCues.VERBS) || personAt(mine, m, from + x.start(), from + x.end())) {
        break;
      }
      if (opensRole(x)) {
        start = b;
      }
    }
    if (start < 0 || (start > 0 && !words.get(start).afterPunctuation()
        && personAt(mine, m, from + words.get(start - 1).start(), from + words.get(start - 1).end()))) {
      return null; // "فيصل المقداد نائب وزير الخارجية أحمد": the role follows the person before
    }
    String role = window.substring(words.get(start).start(), words.get(k).end());
    return crossed && k < first - 1 ? role + "، " + words.get(k + 1).text() : role;
  }

  private static boolean isComma(String paragraph, int from, int to) {
    String between = paragraph.substring(from, to).strip();
    return between.equals("،") || between.equals(",");
  }

  private static String after(Mention m, String paragraph, List<Mention> mine) {
    int i = m.end();
    while (i < paragraph.length() && paragraph.charAt(i) == ' ') {
      i++;
    }
    boolean comma = i < paragraph.length() && (paragraph.charAt(i) == '،' || paragraph.charAt(i) == ',');
    if (i >= paragraph.length() || (!comma && !afterSpeechVerb(m, paragraph))) {
      return null;
    }
    int from = comma ? i + 1 : i;
    String rest = paragraph.substring(from, Math.min(paragraph.length(), from + WINDOW));
    List<Word> words = WordSpans.of(rest);
    if (words.isEmpty() || !opensRole(words.get(0))
        || (!words.get(0).norm().equals(words.get(0).bare()) && !RuleNameFinder.opensRole(words.get(0).norm())) // وزير is no و-word
        || (!comma && !org.malaff.text.ArabicTokenizer.isWordChar(paragraph.charAt(i)))) {
      return null; // "المقداد، ومستشارة الرئيس …": و opens the next item of a list, not his role
    }
    int most = comma ? MAX_SET_OFF : MAX_WORDS;
    int k = 1;
    while (k < words.size() && k < most && !words.get(k).afterPunctuation()
        && !words.get(k).in(SpeechCues.THAT) && !words.get(k).in(SpeechCues.VERBS)) {
      k++;
    }
    if (k == most || k == words.size() && rest.length() == WINDOW) {
      return null; // runs on: not a role set off by commas
    }
    int end = from + words.get(k - 1).end();
    for (Mention other : mine) {
      if (other.paragraph() == m.paragraph() && other.type() == EntityType.PERSON && other.start() >= from
          && other.start() < end) {
        return null;
      }
    }
    return rest.substring(words.get(0).start(), words.get(k - 1).end());
  }

  /**
   * Whether the name is the subject of a verb of speech right before it, or before a courtesy title
   * that precedes it ("وقال عزيز الرباح وزير الطاقة"، "أعرب الدكتور طارق شوقي وزير التربية"): there
   * a role written after the name without a comma is his, where after an object ("التقى السيسي وزير
   * الخارجية") it may be another's.
   */
  private static boolean afterSpeechVerb(Mention m, String paragraph) {
    Word before = wordBefore(paragraph, m.start());
    if (before != null && before.in(COURTESY)) { // "أعرب الدكتور طارق شوقي وزير التربية والتعليم"
      before = wordBefore(paragraph, startOfWordBefore(paragraph, m.start()));
    }
    return before != null && before.in(SpeechCues.VERBS);
  }

  /** Titles that may stand between a verb and the name: "قال الدكتور …"، "أكد المهندس …". */
  private static final Set<String> COURTESY = Set.of("الدكتور", "الدكتوره", "المهندس", "المهندسه", "السيد", "السيده",
      "الاستاذ", "الاستاذه", "الشيخ");

  /** Whether another person of the paragraph is named within {@code [start, end)}. */
  private static boolean personAt(List<Mention> mine, Mention m, int start, int end) {
    for (Mention other : mine) {
      if (other != m && other.paragraph() == m.paragraph() && other.type() == EntityType.PERSON
          && other.start() < end && other.end() > start) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensRole(Word w) {
    return RuleNameFinder.opensRole(w.norm()) || RuleNameFinder.opensRole(w.bare());
  }
}
