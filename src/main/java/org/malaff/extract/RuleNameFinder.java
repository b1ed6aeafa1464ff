package org.malaff.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.malaff.extract.WordSpans.Word;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.read.BundledList;
import org.malaff.read.Gazetteer;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicStopWords;
import org.malaff.text.ArabicNormalizer.Level;

/**
 * Finds names by the rules of news writing, without a trained model.
 *
 * <ul>
 *   <li><b>a role, then a name</b>: a title or role ({@code نائب وزير الخارجية الروسي}: role words,
 *       the ministries they govern, adjectives of nationality) followed by one to four name words
 *       is a person, and the role is kept;
 *   <li><b>a given name</b> from the bundled list followed by more name words is a person ({@code
 *       بثينة شعبان}, {@code حسين أمير عبد اللهيان});
 *   <li><b>places, outlets and agencies</b> of the gazetteer, also after a one-letter preposition
 *       or conjunction ({@code بموسكو}, {@code وطهران});
 *   <li><b>an organisation word</b> ({@code حزب}, {@code الائتلاف}, {@code مجلس} …) with the words
 *       that qualify it ({@code مجلس الأمن الدولي});
 *   <li>then, in a second pass over the article, the last word of every full name found stands for
 *       the person alone ({@code لافروف}, {@code المقداد}).
 * </ul>
 *
 * Name words are never stop words, role words or words after punctuation.
 */
public final class RuleNameFinder {
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_ROLE_WORDS = 8;
  private static final Set<String> STOP = ArabicStopWords.at(Level.STANDARD);
  private static final Set<String> ROLE_STARTS = new HashSet<>();
  private static final Set<String> ROLE_WORDS = new HashSet<>();
  private static final Set<String> ORG_TRIGGERS = new HashSet<>();

  static {
    for (String w : List.of("قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اوضح", "اشار", "اعتبر", "شدد", "لفت",
        "ذكر", "نفي", "كشف", "دعا", "اعلن", "راي", "تابع", "صرح", "اعرب", "انه", "انها", "امس", "اليوم", "يوم",
        "خلال", "عقب", "بعد", "قبل", "حيث", "حول", "بين", "ضد", "لدي", "مع", "عن", "الي", "علي", "قوله", "حسب",
        "ايضا", "كما", "لكن", "غير", "دون", "منذ", "جدا", "بشان", "اثناء", "نحو", "كذلك", "وكذلك", "بل", "ثم",
        "حاليا", "مساء", "صباح", "لزياره", "قد", "لقد", "سوف", "تم", "ان", "لان", "اذا", "وان", "انما")) {
      STOP.add(w);
    }
    for (String line : lines("role-words.txt")) {
      String w = ArabicNormalizer.normalize(line.replace("*", ""), Level.STANDARD);
      ROLE_WORDS.add(w);
      if (line.endsWith("*")) {
        ROLE_STARTS.add(w);
      }
    }
    for (String line : lines("org-triggers.txt")) {
      ORG_TRIGGERS.add(ArabicNormalizer.normalize(line, Level.STANDARD));
    }
  }

  /** Given names that are, far more often, common words: they never start a name alone. */
  private static final Set<String> NOT_NAMES = Set.of("جود", "وعد", "امل", "عيد", "رمضان", "نور", "سلام", "حكم", "نجاح", "ايه",
      "امنه", "وفاء", "رجاء", "منتصر", "هدي", "حياه", "فرح", "رحمه", "عدل", "صبر", "امين", "وجدان");

  /** Second halves of compound names (عبد الله، نصر الله، بدر الدين): never a reference alone. */
  private static final Set<String> COMPOUND_ENDS = Set.of("الله", "الدين", "الرحمن", "الرحيم", "الكريم", "العزيز",
      "الحق", "النبي", "الامين", "اكبر", "اصغر"); // علي أكبر صالحي

  private final Gazetteer gazetteer;

  public RuleNameFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The share of a word's occurrences that must be the last word of a full name before it is
   * read, alone, as that person: لافروف (0.48 in SaudiNewsNet), أوباما (0.31) are names wherever
   * they stand; العام (0.002), المنطقة (0.05), the last words of a few misread full names, are not.
   * Chosen on SaudiNewsNet's shares, where words below 0.2 were mostly common words.
   */
  static final double MIN_NAME_SHARE = 0.2;

  /** The words that open a role (وزير، رئيس، المسؤول …, normalized at STANDARD), as the role list marks them. */
  static Set<String> roleStarts() {
    return java.util.Collections.unmodifiableSet(ROLE_STARTS);
  }

  /** Whether a normalized word opens a role, with or without the article: وزير، الوزير، المتحدث، والي. */
  static boolean opensRole(String norm) {
    String bare = norm.startsWith("ال") ? norm.substring(2) : norm;
    return ROLE_STARTS.contains(norm) || ROLE_STARTS.contains(bare) || ROLE_STARTS.contains("ال" + bare);
  }

  /** Whether a normalized word ends with a possessive pronoun (دعوته، بلادها، صفحتهم), as no name does. */
  static boolean isPossessive(String norm) {
    return norm.endsWith("ته") || norm.endsWith("ها") || norm.endsWith("هم") || norm.endsWith("نا") || norm.endsWith("كم");
  }

  /** Whether a normalized word is a stop word to the finder (function words, verbs of speech, time words). */
  static boolean isStopWord(String norm) {
    return STOP.contains(norm);
  }

  /** Whether a normalized word makes organisation names (حزب، شركة، وزارة …). */
  static boolean isOrgWord(String norm) {
    return ORG_TRIGGERS.contains(norm);
  }

  /** The names in one article, its one-word references resolved within it. */
  public List<Mention> find(String article, List<String> paragraphs) {
    return findAll(List.of(article), List.of(paragraphs));
  }

  private static List<List<Word>> words(List<String> paragraphs) {
    List<List<Word>> out = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      out.add(WordSpans.of(p));
    }
    return out;
  }

  /**
   * A word whose key is the last word of a full name: where a one-word reference may stand. The
   * reference starts at {@code start}: after a prefix (بلافروف), or before a connector (عبد اللهيان).
   */
  private record Candidate(int paragraph, int start, Word word, String spelling, String key) {}

  /** The names in a collection of articles: one-word references resolved across all of them. */
  public List<Mention> findAll(List<String> articles, List<List<String>> paragraphs) {
    return findAll(articles, paragraphs, wordsOfArticles(paragraphs));
  }

  /** The words of each paragraph of each article. */
  static List<List<List<Word>>> wordsOfArticles(List<List<String>> paragraphs) {
    List<List<List<Word>>> out = new ArrayList<>(paragraphs.size());
    for (List<String> p : paragraphs) {
      out.add(words(p));
    }
    return out;
  }

  /** As {@link #findAll(List, List)}, with each article's paragraphs already cut into words. */
  List<Mention> findAll(List<String> articles, List<List<String>> paragraphs, List<List<List<Word>>> articleWords) {
    List<List<Mention>> full = new ArrayList<>();
    List<List<List<Word>>> words = new ArrayList<>(articleWords);
    List<Mention> all = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      full.add(findFull(articles.get(a), paragraphs.get(a), words.get(a)));
      all.addAll(full.get(a));
    }
    Map<String, int[]> asLast = new HashMap<>();
    Set<String> lastSpellings = new HashSet<>();
    lastNames(all, asLast, lastSpellings);
    Map<String, String[]> forms = new HashMap<>(); // word → its forms that may end a name, see formsOf
    Map<String, int[]> seen = new HashMap<>();
    Map<String, int[]> seenSpelling = new HashMap<>();
    List<List<Candidate>> candidates = new ArrayList<>(articles.size());
    for (int a = 0; a < articles.size(); a++) {
      candidates.add(candidates(words.get(a), asLast.keySet(), forms));
      words.set(a, null); // done with this article's words
      for (Candidate c : candidates.get(a)) {
        seen.computeIfAbsent(c.key(), k -> new int[1])[0]++;
        seenSpelling.computeIfAbsent(c.spelling(), k -> new int[1])[0]++;
      }
    }
    // a word stands for a person when names end in it often enough, and a spelling never seen
    // ending a name (بغدانوف for بوغدانوف) is rarer than the names it would vary
    java.util.function.Predicate<Candidate> isReference = c -> {
      int named = asLast.get(c.key())[0];
      double share = named / (double) seen.get(c.key())[0];
      return share >= MIN_NAME_SHARE
          && (lastSpellings.contains(c.spelling()) || seenSpelling.get(c.spelling())[0] <= named);
    };
    List<Mention> out = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      List<Mention> mine = new ArrayList<>(full.get(a));
      mine.addAll(findShort(articles.get(a), paragraphs.get(a), candidates.get(a), isReference, full.get(a)));
      sort(mine);
      out.addAll(mine);
    }
    return out;
  }

  private static void sort(List<Mention> out) {
    out.sort((a, b) -> a.paragraph() != b.paragraph() ? Integer.compare(a.paragraph(), b.paragraph())
        : Integer.compare(a.start(), b.start()));
  }

  private List<Mention> findFull(String article, List<String> paragraphs, List<List<Word>> words) {
    List<Mention> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      findInParagraph(article, p, paragraphs.get(p), words.get(p), out);
    }
    return out;
  }

  /**
   * Counts, per key, the full person names whose last word has it, and collects those words'
   * spellings.
   */
  private static void lastNames(List<Mention> full, Map<String, int[]> counts, Set<String> spellings) {
    for (Mention m : full) {
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      List<String> tokens = NameKey.tokens(m.text());
      if (tokens.size() >= 2 && !COMPOUND_ENDS.contains(tokens.get(tokens.size() - 1))) {
        String spelling = spelling(tokens.get(tokens.size() - 1));
        spellings.add(spelling);
        counts.computeIfAbsent(shortKey(spelling), k -> new int[1])[0]++;
      }
    }
  }

  /** A word at LOOSE without a leading article. */
  private static String spelling(String word) {
    String w = ArabicNormalizer.normalize(word, Level.LOOSE);
    return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
  }

  /**
   * The key of a one-word reference, from its {@link #spelling}: a long word (five letters or
   * more, as foreign names are) by its skeleton, so بغدانوف finds بوغدانوف; a short one exactly.
   */
  private static String shortKey(String spelling) {
    String skeleton = NameKey.skeleton(spelling);
    return spelling.length() >= 5 && skeleton.length() >= 4 ? "S:" + skeleton : "E:" + spelling;
  }

  /** The words of an article, stop words aside, whose key (or its key without a prefix) is in {@code lastNames}. */
  private List<Candidate> candidates(List<List<Word>> words, Set<String> lastNames, Map<String, String[]> forms) {
    List<Candidate> out = new ArrayList<>();
    for (int p = 0; p < words.size(); p++) {
      List<Word> ws = words.get(p);
      for (int k = 0; k < ws.size(); k++) {
        Word w = ws.get(k);
        String[] f = forms.computeIfAbsent(w.norm(), this::formsOf);
        for (int i = 0; i < f.length; i += 3) {
          if (lastNames.contains(f[i + 2])) {
            out.add(new Candidate(p, referenceStart(ws, k, f[i]), w, f[i + 1], f[i + 2]));
            break;
          }
        }
      }
    }
    return out;
  }

  private static final String[] NO_FORMS = {};

  /**
   * The forms of a word that may stand for a name ending in them, as triples {form, spelling,
   * key}: the word, then the word without its prefix (بلافروف → لافروف); none for a stop word or a
   * given name alone (فيصل، خالد: too many people to stand for one). Worked out once per word.
   */
  private String[] formsOf(String norm) {
    if (STOP.contains(norm) || gazetteer.isGivenName(norm)) {
      return NO_FORMS;
    }
    String stripped = stripPrefix(norm);
    List<String> out = new ArrayList<>(6);
    for (String form : stripped == norm ? new String[] {norm} : new String[] {norm, stripped}) {
      String spelling = form.length() >= 3 ? spelling(form) : null;
      String key = spelling == null ? null : shortKey(spelling);
      if (key != null) {
        out.add(form);
        out.add(spelling);
        out.add(key);
      }
    }
    return out.isEmpty() ? NO_FORMS : out.toArray(String[]::new);
  }

  private static int referenceStart(List<Word> ws, int k, String form) {
    Word w = ws.get(k);
    if (!form.equals(w.norm())) {
      return Math.max(w.start(), Math.min(w.start() + (w.text().length() - form.length()), w.end() - 1));
    }
    if (k > 0 && !w.afterPunctuation() && ws.get(k - 1).in(CONNECTORS)) {
      return ws.get(k - 1).start() + ws.get(k - 1).prefixIn(CONNECTORS); // "عبد اللهيان"
    }
    return w.start();
  }

  private static List<Mention> findShort(String article, List<String> paragraphs, List<Candidate> candidates,
      java.util.function.Predicate<Candidate> isReference, List<Mention> full) {
    List<Mention> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (isReference.test(c) && !covered(full, c.paragraph(), c.word())) {
        out.add(new Mention(article, c.paragraph(), c.start(), c.word().end(),
            paragraphs.get(c.paragraph()).substring(c.start(), c.word().end()), EntityType.PERSON, null));
      }
    }
    return out;
  }

  private static boolean covered(List<Mention> found, int p, Word w) {
    for (Mention m : found) {
      if (m.paragraph() == p && m.start() <= w.start() + 1 && m.end() >= w.end()) {
        return true;
      }
    }
    return false;
  }

  private void findInParagraph(String article, int p, String text, List<Word> w, List<Mention> out) {
    int i = 0;
    while (i < w.size()) {
      int next = person(article, p, text, w, i, out);
      if (next == i) {
        next = gazetteerName(article, p, text, w, i, out);
      }
      if (next == i) {
        next = organisation(article, p, text, w, i, out);
      }
      i = next == i ? i + 1 : next;
    }
  }

  private int person(String article, int p, String text, List<Word> w, int i, List<Mention> out) {
    int j = i;
    if (w.get(i).in(ROLE_STARTS)) {
      j = i + 1;
      while (j < w.size() && j - i < MAX_ROLE_WORDS && !w.get(j).afterPunctuation() && isRoleWord(w.get(j))) {
        j++;
      }
      boolean follows = j < w.size() && (nameMayFollow(w.get(i), w.get(j - 1), w.get(j))
          || inApposition(text, w.get(i), w.get(j - 1), w.get(j)));
      int end = follows ? nameEnd(w, j, false) : j;
      if (end > j) {
        int from = roleOpening(w, i);
        String role = text.substring(w.get(from).start() + w.get(from).prefixIn(ROLE_STARTS), w.get(j - 1).end());
        out.add(new Mention(article, p, w.get(j).start(), w.get(end - 1).end(),
            text.substring(w.get(j).start(), w.get(end - 1).end()), EntityType.PERSON, role));
        return end;
      }
      return i;
    }
    Word first = w.get(i);
    String given = gazetteer.isGivenName(first.norm()) ? first.norm()
        : (!first.norm().equals(first.bare()) && first.bare().length() >= 4 && gazetteer.isGivenName(first.bare()))
            ? first.bare() : null;
    if (given != null && !NOT_NAMES.contains(given) && !speaksFor(w, i)) {
      int end = nameEnd(w, i, true);
      if (end - i >= 2) {
        int start = first.start() + (given.equals(first.norm()) ? 0 : 1);
        out.add(new Mention(article, p, start, w.get(end - 1).end(), text.substring(start, w.get(end - 1).end()),
            EntityType.PERSON, null));
        return end;
      }
    }
    return i;
  }

  /**
   * Whether a name may start at {@code first} after a role from {@code roleStart} to {@code
   * roleEnd}: a given name always may; a word no list knows only after a role that ends with an
   * adjective of nationality ("وزير الخارجية الروسي غينادي غاتيلوف"), and never a word with an
   * article or preposition in front (للائتلاف، بالإشارة).
   */
  private boolean nameMayFollow(Word roleStart, Word roleEnd, Word first) {
    String b = first.norm();
    if (first.afterPunctuation()) {
      return false;
    }
    if (gazetteer.isGivenName(b) && !NOT_NAMES.contains(b)) {
      return true;
    }
    if (b.equals("عبد") || b.equals("ابو")) {
      return true; // "وزير الطاقة السعودي الأمير عبد العزيز بن سلمان": a name never ends open, so a word follows
    }
    if (isPossessive(b)) {
      return false; // a possessive ending: "وجدد وزير الخارجية الروسي دعوته"
    }
    if (!b.equals(first.bare()) || b.startsWith("ال") || b.startsWith("ل") || b.startsWith("ب") || b.startsWith("ك") || b.startsWith("وال")) {
      return false;
    }
    String last = roleEnd.norm().startsWith("ال") ? roleEnd.norm() : roleEnd.bare();
    return roleEnd != roleStart && !STOP.contains(last) && last.startsWith("ال") && (last.endsWith("ي") || last.endsWith("يه"));
  }


  /**
   * A name set off by a comma after a role of two words or more: "الرئيس الفلسطيني، محمود عباس،".
   * Only a given name that a list knows starts it.
   */
  private boolean inApposition(String text, Word roleStart, Word roleEnd, Word first) {
    if (roleEnd == roleStart || !first.afterPunctuation() || !gazetteer.isGivenName(first.norm())
        || NOT_NAMES.contains(first.norm())) {
      return false;
    }
    String between = text.substring(roleEnd.end(), first.start()).strip();
    return between.equals("،") || between.equals(",");
  }

  /**
   * Where the role that ends in the title at {@code i} opens: a title may follow an office written
   * just before it — "وزير الطاقة السعودي الأمير عبد العزيز بن سلمان" — through words with the
   * article or role words only, at most five, with no punctuation; a name between them ends it.
   */
  private int roleOpening(List<Word> w, int i) {
    int from = i;
    for (int b = i - 1; b >= 0 && i - b <= 5 && !w.get(b + 1).afterPunctuation(); b--) {
      Word x = w.get(b);
      if (x.in(ROLE_STARTS)) {
        from = b;
      } else if (!(x.norm().startsWith("ال") && !STOP.contains(x.norm())) && !isRoleWord(x)) {
        break;
      }
    }
    return from;
  }

  /** "المتحدث باسم الجيش": باسم is "on behalf of" after a spokesman, not the given name Basim. */
  private static boolean speaksFor(List<Word> w, int i) {
    if (i == 0 || !w.get(i).norm().equals("باسم")) {
      return false;
    }
    String before = w.get(i - 1).norm();
    String bare = before.startsWith("ال") ? before.substring(2) : before;
    return bare.startsWith("متحدث") || bare.startsWith("ناطق");
  }

  private boolean isRoleWord(Word x) {
    String b = x.norm().startsWith("ال") || ROLE_WORDS.contains(x.norm()) ? x.norm() : x.bare();
    return x.in(ROLE_WORDS) || x.in(ROLE_STARTS) || (b.startsWith("ال") && (b.endsWith("ي") || b.endsWith("يه"))
        && !gazetteer.isGivenName(b));
  }

  /**
   * Where a name starting at {@code from} ends. Arabic names run: given names (any number, and
   * {@code عبد}, {@code بن}, {@code أبو} with the word after them), then at most one family name.
   * A name after a role may start with a word no list knows (غينادي غاتيلوف): it counts as a given
   * name when another name word follows.
   */
  private int nameEnd(List<Word> w, int from, boolean startsWithGiven) {
    int k = from;
    int counted = 0; // connectors (بن، عبد …) do not count
    while (k < w.size() && counted < MAX_NAME_WORDS) {
      Word x = w.get(k);
      String b = k == from && !gazetteer.isGivenName(x.norm()) && !x.norm().equals(x.bare())
          && gazetteer.isGivenName(x.bare()) ? x.bare() : x.norm();
      if (!isNameWord(x, b, k > from) && !(k == from && isGivenAli(w, k)) && !familyNameAfterTitle(w, k, from)) {
        break;
      }
      if (k == from && !startsWithGiven && b.startsWith("ال") && !gazetteer.isGivenName(b)) {
        break;
      }
      counted++;
      if (CONNECTORS.contains(b) && k + 1 < w.size() && isNameWord(w.get(k + 1), w.get(k + 1).norm(), true)) {
        k += 2;
        continue;
      }
      boolean given = gazetteer.isGivenName(b) || (k == from && !startsWithGiven) || b.endsWith("عبد")
          || (k > from && COMPOUND_ENDS.contains(b)); // صلاح الدين دمرداش: الدين ends the given name, not the name
      k++;
      if (!given) {
        break; // the family name ends the name
      }
    }
    // a name never ends open: "بن عبد" takes the word after it, or is left out
    if (k > from && k < w.size() && endsOpen(w.get(k - 1)) && isNameWord(w.get(k), w.get(k).norm(), true)) {
      k++;
    }
    while (k > from && endsOpen(w.get(k - 1))) {
      k--;
    }
    return k;
  }

  private static boolean endsOpen(Word x) {
    return CONNECTORS.contains(x.norm()) || CONNECTORS.contains(x.bare());
  }

  /** Role words that are family names too, after a given name: "غادة والي" is the minister Ghada Waly. */
  private static final Set<String> SURNAMES = Set.of("والي");
  private static final Set<String> CONNECTORS = Set.of("عبد", "بن", "بنت", "ابن", "ابو", "ابي", "ام", "منت", "ال"); // ال: آل خليفة

  /**
   * Whether {@code w[k]} is the given name علي, not the preposition على that normalizes like it: written
   * with ي, not ى, and followed by a given name, a connector (عبد، بن) or أكبر/أصغر — "علي أكبر صالحي"،
   * "علي عبد الله صالح" — or by a family name with the article after a role ("وزير النفط السعودي علي
   * النعيمي"), one shaped like an adjective of origin unless the paragraph writes ى elsewhere. A
   * preposition mistyped with ي before such a word is read as a name.
   */
  private boolean isGivenAli(List<Word> w, int k) {
    Word x = w.get(k);
    if (!x.norm().equals("علي") || !x.text().endsWith("ي") || k + 1 >= w.size() || w.get(k + 1).afterPunctuation()) {
      return false;
    }
    String next = w.get(k + 1).norm();
    boolean afterRole = k > 0 && !x.afterPunctuation() && isRoleWord(w.get(k - 1)) && next.startsWith("ال") && next.length() >= 5
        && !STOP.contains(next) && !isOrgWord(next) && gazetteer.lookup(Gazetteer.Kind.PLACE, next).isEmpty() // "وزير النفط السعودي علي النعيمي"
        && (next.endsWith("ي") || writesAlifMaqsura(w)); // not "فاز الأهلي علي الزمالك" where every ى is written ي
    return afterRole || CONNECTORS.contains(next) || COMPOUND_ENDS.contains(next)
        || (gazetteer.isGivenName(next) && !STOP.contains(next) && !NOT_NAMES.contains(next));
  }

  /** Whether the paragraph writes a final ى somewhere (على، إلى): its علي with ي is then the name. */
  private static boolean writesAlifMaqsura(List<Word> w) {
    for (Word x : w) {
      if (x.text().endsWith("ى")) {
        return true;
      }
    }
    return false;
  }

  private boolean isNameWord(Word x, String b, boolean inside) {
    if (inside && (x.afterPunctuation()
        || (!x.norm().equals(x.bare()) && !gazetteer.isGivenName(x.norm()) && !SURNAMES.contains(x.norm())))) {
      return false; // "ونائب", "وميخائيل", "والجهة": a new phrase starts
    }
    if (STOP.contains(b) || (ROLE_STARTS.contains(b) && !(inside && SURNAMES.contains(b)))
        || (inside && ROLE_WORDS.contains(b) && !SURNAMES.contains(b)) || isNumber(b)
        || b.length() < 2) {
      return false;
    }
    if (inside && (b.startsWith("لل") || (b.startsWith("ال") && x.text().endsWith("ة")))) {
      return false; // a feminine word with the article qualifies a thing: "مدينة الملك فهد الطبية"، "أمير المنطقة"
    }
    return !(inside && gazetteer.lookup(Gazetteer.Kind.PLACE, b).isPresent());
  }

  /**
   * A family name with the article that the finder would take for a thing, straight after a listed
   * given name: one that ends like a feminine noun after a title or role ("الدكتور توفيق الربيعة"،
   * "اللواء عبيدالله المعايطة"، "عبد الحميد الدبيبة"), or one that names a place, within a role's
   * reach and where the clause ends ("وزير المال في حكومة تصريف الأعمال يوسف الخليل، أننا").
   * Elsewhere such a word qualifies a thing ("حصة الشركة"، "خلف السيارة": given names that are words
   * too), and an adjective of origin (الطبية) or a word of time (الجمعة) never is one. It is asked
   * wherever a name ends, so the cheap checks on the word come first.
   */
  private boolean familyNameAfterTitle(List<Word> w, int k, int from) {
    Word x = w.get(k);
    String n = x.norm();
    if (k == from || from == 0 || !n.startsWith("ال") || n.endsWith("يه") || n.length() < 5 || x.afterPunctuation()
        || w.get(from).afterPunctuation() || STOP.contains(n) || NOT_FAMILY.contains(n) || w.get(from - 1).in(ROYAL)
        || isOrgWord(n)) {
      return false;
    }
    String before = w.get(k - 1).norm();
    boolean compound = COMPOUND_ENDS.contains(before) || (k - 2 >= from && w.get(k - 2).norm().equals("عبد"));
    if (!compound && !(gazetteer.isGivenName(before) && !NOT_NAMES.contains(before) && !STOP.contains(before) && !before.equals("باسم"))) {
      return false;
    }
    if (gazetteer.lookup(Gazetteer.Kind.PLACE, n).isPresent()) { // where a clause ends: "يوسف الخليل، أننا"
      return roleBefore(w, from) && (k + 1 == w.size() || w.get(k + 1).afterPunctuation() || w.get(k + 1).in(SpeechCues.THAT));
    }
    return isRoleWord(w.get(from - 1)) && x.text().endsWith("ة") && n.length() >= 6;
  }

  /**
   * Whether a role opens within the six words before {@code from}, with no punctuation between: "وزير
   * المال في حكومة تصريف الأعمال يوسف".
   */
  private boolean roleBefore(List<Word> w, int from) {
    for (int b = from - 1; b >= 0 && from - b <= 6 && !w.get(b + 1).afterPunctuation(); b--) {
      if (w.get(b).in(ROLE_STARTS) || (b == from - 1 && isRoleWord(w.get(b)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Feminine words with the article that follow a given name without being his family name. After
   * الملك or الأمير they name what is named after him ("جامعة الملك عبدالعزيز العامة").
   */
  private static final Set<String> NOT_FAMILY = Set.of("الجمعه", "الساعه", "الليله", "السنه", "المعامله", "السيره",
      "الحاله", "الصحه", "الدوله", "الحكومه", "الرئاسه", "الوزاره", "الشرطه", "المنطقه", "المدينه", "العاصمه",
      "المملكه", "المجموعه", "الدكتوره", "الزياره", "العمره", "الازمه", "العامه", "الشركه", "الحركه", "التاشيره");
  private static final Set<String> ROYAL = Set.of("الملك", "الامير", "الاميره", "العهد", "الملكه");

  private static boolean isNumber(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  private int gazetteerName(String article, int p, String text, List<Word> w, int i, List<Mention> out) {
    String first = w.get(i).norm();
    String stripped = stripPrefix(first);
    if (!gazetteer.startsName(first) && !gazetteer.startsName(stripped)) {
      return i;
    }
    int max = Math.min(gazetteer.longestName(), w.size() - i);
    for (int len = max; len >= 1; len--) {
      if (len > 1 && anyPunctuation(w, i + 1, i + len)) {
        continue;
      }
      for (boolean strip : new boolean[] {false, true}) {
        StringBuilder key = new StringBuilder(strip ? stripPrefix(w.get(i).norm()) : w.get(i).norm());
        if (strip && key.length() == w.get(i).norm().length()) {
          continue;
        }
        for (int k = i + 1; k < i + len; k++) {
          key.append(' ').append(w.get(k).norm());
        }
        EntityType type = typeOf(key.toString());
        if (type != null) {
          int start = w.get(i).start() + (w.get(i).norm().length() - (strip ? stripPrefix(w.get(i).norm()).length()
              : w.get(i).norm().length()));
          start = Math.min(start, w.get(i).end() - 1);
          out.add(new Mention(article, p, start, w.get(i + len - 1).end(),
              text.substring(start, w.get(i + len - 1).end()), type, null));
          return i + len;
        }
      }
    }
    return i;
  }

  private EntityType typeOf(String key) {
    if (key.length() < 3 || STOP.contains(key)) {
      return null;
    }
    if (gazetteer.byKey(Gazetteer.Kind.PLACE, key).isPresent()) {
      return EntityType.PLACE;
    }
    if (gazetteer.byKey(Gazetteer.Kind.AGENCY, key).isPresent() || gazetteer.outletByKey(key).isPresent()) {
      return key.contains(" ") || key.length() > 4 ? EntityType.ORGANIZATION : null;
    }
    return null;
  }

  private static String stripPrefix(String norm) {
    if (norm.length() > 4 && "وبلف".indexOf(norm.charAt(0)) >= 0) {
      String rest = norm.substring(1);
      if (rest.length() > 4 && "بلف".indexOf(rest.charAt(0)) >= 0 && norm.charAt(0) == 'و') {
        return rest.substring(1);
      }
      return rest;
    }
    return norm;
  }

  private static boolean anyPunctuation(List<Word> w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (w.get(k).afterPunctuation()) {
        return true;
      }
    }
    return false;
  }

  private int organisation(String article, int p, String text, List<Word> w, int i, List<Mention> out) {
    if (!w.get(i).in(ORG_TRIGGERS)) {
      return i;
    }
    int k = i + 1;
    while (k < w.size() && k - i < 6 && !w.get(k).afterPunctuation()) {
      String b = w.get(k).norm();
      boolean qualifier = b.startsWith("ال") || b.startsWith("لل") || b.equals("الله");
      if (!qualifier || STOP.contains(b)) {
        break;
      }
      k++;
    }
    if (k == i + 1) {
      return i;
    }
    int start = w.get(i).start() + w.get(i).prefixIn(ORG_TRIGGERS);
    out.add(new Mention(article, p, start, w.get(k - 1).end(), text.substring(start, w.get(k - 1).end()),
        EntityType.ORGANIZATION, null));
    return k;
  }

  private static List<String> lines(String resource) {
    return BundledList.lines(RuleNameFinder.class, resource).stream().map(String::strip).toList();
  }
}
