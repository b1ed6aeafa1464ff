package org.malaff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.malaff.extract.WordSpans.Word;
import org.malaff.text.QuoteSpans;

/**
 * Where a paragraph reports speech: each verb or participle of speech whose words said follow it
 * within the sentence — a quotation, a colon, أن/إن and the clause after it, words after قوله or a
 * verb of opinion — as a {@link Cue}. Who speaks is {@link QuoteExtractor}'s business.
 */
final class SpeechCues {
  private SpeechCues() {}

  /** The fewest words a quotation needs to count as a quote. */
  static final int MIN_QUOTE_WORDS = 3;
  /** The fewest words a reported clause needs to count as a quote. */
  static final int MIN_REPORTED_WORDS = 2;
  /** How many words after a verb its أن/إن, colon or quotation may come ("نقلت … عن لافروف قوله … إنه"). */
  static final int MAX_REACH = 30;
  /** أن، إن and their forms with a pronoun or ب, normalized. */
  static final Set<String> THAT = Set.of("ان", "انه", "انها", "انهم", "انهما", "انني", "اننا", "بان", "بانه",
      "بانها", "بانهم");
  /** Verbs of speech (past, present and plural), normalized; some participles too. */
  static final Set<String> VERBS = Set.of("قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اوضح", "اوضحت",
      "اشار", "اشارت", "اعتبر", "اعتبرت", "شدد", "شددت", "لفت", "لفتت", "ذكر", "ذكرت", "نفي", "نفت", "كشف", "كشفت",
      "دعا", "دعت", "اعلن", "اعلنت", "راي", "رات", "تابع", "تابعت", "صرح", "صرحت", "اعرب", "اعربت", "حذر", "حذرت",
      "طالب", "طالبت", "رحب", "رحبت", "وصف", "وصفت", "مضيفا", "مضيفه", "مؤكدا", "موكدا", "مشيرا", "موضحا", "معتبرا",
      "لافتا", "مشددا", "داعيا", "معربا", "يقول", "تقول", "نقلت", "نقل", "ختم", "افاد", "افادت", "اعترف", "زعم", "جدد", "جددت", "نوه", "نوهت",
      "استطرد", "اردف", "يري", "تري", "يؤكد", "يوكد", "تؤكد", "توكد", "يعتبر", "يضيف", "تضيف", "رجح", "رجحت",
      "توقع", "توقعت", "قالوا", "اكدوا", "اضافوا", "اوضحوا", "اشاروا", "اعتبروا", "ذكروا", "اعلنوا", "كشفوا",
      "راوا", "افادوا", "زعمت", "ادعي", "ادعت", "اجاب", "اجابت", "واصل", "واصلت", "استدرك", "استدركت", "اختتم",
      "اختتمت", "ختمت", "اكمل", "اكملت", "اردفت", "استطردت", "علق", "علقت", "تساءل", "تساءلت", "بينت", "طمان",
      "طمانت");
  /** Participles: they continue the sentence's subject ("معتبراً إياها «…»"). */
  static final Set<String> PARTICIPLES = Set.of("مضيفا", "مضيفه", "مؤكدا", "موكدا", "مشيرا", "موضحا",
      "معتبرا", "لافتا", "مشددا", "داعيا", "معربا", "مجددا", "محذرا", "مطالبا", "قائلا", "مشيره", "مؤكده", "موكده",
      "موضحه", "معتبره", "لافته", "مشدده", "داعيه", "معربه", "محذره", "قائله", "مبينا", "مبينه", "منوها", "منوهه",
      "مبررا", "متابعا", "مستطردا", "مردفا", "نافيا", "نافيه");
  /** What may stand between a participle and its أن: "مشيراً إلى أن"، "مجدداً التأكيد على أن". */
  static final Set<String> LINKS = Set.of("الي", "علي", "تاكيد", "التاكيد", "تاكيده", "ذلك");
  /** "قوله" and its kin: unless a stop or أن follows, what follows is what was said. */
  static final Set<String> SAYING = Set.of("قوله", "بقوله", "قولها", "بقولها");
  /**
   * Verbs of opinion in the first person or impersonal: before أن they open words said without
   * quotation marks ("قال عبد اللهيان يبدو أننا نقترب …"), so the quote starts with them.
   */
  static final Set<String> UNMARKED = Set.of("يبدو", "نعتقد", "اعتقد", "نري", "اري", "نحس", "احس", "نشعر",
      "اشعر", "نامل", "امل", "نعتبر", "اعتبر", "نؤكد", "نوكد", "اؤكد");
  /** Words after which a quotation names a source, not what is said: حسب «أ ف ب»، لصحيفة «الحياة». */
  static final Set<String> SOURCES = Set.of("حسب", "صحيفه", "لصحيفه", "وكاله", "لوكاله", "قناه", "لقناه", "موقع",
      "لموقع", "مجله", "لمجله", "برنامج", "لبرنامج", "شبكه", "لشبكه");
  /** Words that open a relative clause: a verb after them is not the sentence's report ("لافروف الذي دعا الجربا"). */
  static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");
  /** "في الوقت الذي ذكرت فيه مصادر أن": after these, the relative clause's verb does report, and its speaker follows. */
  static final Set<String> RESUMPTIVES = Set.of("فيه", "فيها");

  /**
   * Where a reporting verb or participle says something: the verb's word, where the speaker phrase
   * after it ends (at أن/إن, a colon or a quotation mark), and the words said: {@code [contentStart,
   * contentEnd)}, opening with a quotation ({@code span}) or not.
   */
  record Cue(int verb, boolean participle, int speakerEnd, int contentStart, int contentEnd,
      QuoteSpans.Span span) {
    int verbStart(List<Word> words) {
      return words.get(verb).start();
    }
  }

  /** The cues of a paragraph, in text order; a reported one ends where the next one, or a quotation, begins. */
  static List<Cue> cues(String text, List<Word> words, List<QuoteSpans.Span> spans) {
    List<Cue> found = new ArrayList<>();
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      if (inside(spans, w.start())) {
        continue;
      }
      boolean participle = w.in(PARTICIPLES);
      if ((!participle && !w.in(VERBS) && !reportsUnlisted(words, k)) || relative(words, k)) {
        continue;
      }
      Cue cue = content(text, words, spans, k, participle);
      if (cue != null) {
        found.add(cue);
      }
    }
    found = withoutEmbedded(found, words);
    List<Cue> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Cue cue = found.get(i);
      if (cue.span() == null) {
        int end = cue.contentEnd();
        if (i + 1 < found.size()) {
          end = Math.min(end, Math.max(cue.contentStart(), found.get(i + 1).verbStart(words)));
        }
        QuoteSpans.Span next = null;
        for (QuoteSpans.Span s : spans) {
          if (s.start() > cue.contentStart() && s.start() - 1 < end) {
            if (withinClause(text, s)) {
              continue; // "إنها استيقظت على أصوات “انفجارات ضخمة” …": words quoted within the report
            }
            if (leadsInto(text, cue.contentStart(), s)) {
              end = Math.min(text.length(), s.end() + 1); // "إن بلاده "تتعرض إلى حملة شرسة"": one report
              break;
            }
            end = s.start() - 1;
            next = s;
            break;
          }
        }
        cue = next != null && wordCount(text, cue.contentStart(), end) < MIN_REPORTED_WORDS
            ? new Cue(cue.verb(), cue.participle(), cue.speakerEnd(), next.start(), next.end(), next) // أن الحكومة «لن تحاور…»
            : new Cue(cue.verb(), cue.participle(), cue.speakerEnd(), cue.contentStart(), end, null);
      }
      out.add(cue);
    }
    return out;
  }

  /**
   * The cues without those inside what an earlier one reports: a verb with no speaker and no
   * conjunction ("قال عبد اللهيان إن بلاده ترى أنه …" is one report, not two). A participle, or a
   * verb with و/ف ("، وأضاف أن"), opens a report of its own.
   */
  static List<Cue> withoutEmbedded(List<Cue> found, List<Word> words) {
    List<Cue> out = new ArrayList<>(found.size());
    for (Cue cue : found) {
      Word verb = words.get(cue.verb());
      boolean bare = !cue.participle() && verb.norm().equals(verb.bare()) && cue.verb() + 1 < words.size()
          && words.get(cue.verb() + 1).start() >= cue.speakerEnd();
      Cue before = out.isEmpty() ? null : out.get(out.size() - 1);
      if (bare && before != null && before.span() == null && verb.start() >= before.contentStart()
          && verb.start() < before.contentEnd()) {
        continue;
      }
      out.add(cue);
    }
    return out;
  }

  /**
   * What the verb at {@code k} introduces: a quotation or a colon after the speaker phrase, or
   * أن/إن and the clause after it; null when none comes before the sentence ends, another verb,
   * or {@value #MAX_REACH} words.
   * A participle must be followed at once, or after إلى، على، التأكيد, by what it introduces.
   */
  static Cue content(String text, List<Word> words, List<QuoteSpans.Span> spans, int k, boolean participle) {
    int sentenceEnd = sentenceEnd(text, words.get(k).end(), spans);
    int reach = participle ? 3 : MAX_REACH;
    for (int j = k + 1; j < words.size() && j <= k + reach; j++) {
      Word previous = words.get(j - 1);
      Word x = words.get(j);
      if (x.start() >= sentenceEnd) {
        return null;
      }
      QuoteSpans.Span opening = opening(spans, previous.end(), x.start());
      if (opening != null && previous.in(SOURCES)) {
        while (j + 1 < words.size() && words.get(j + 1).start() < opening.end()) {
          j++; // the source's name: read on after it
        }
        continue;
      }
      if (opening != null) {
        return new Cue(k, participle, opening.start() - 1, opening.start(), opening.end(), opening);
      }
      int colon = colonBetween(text, previous.end(), x.start());
      if (colon >= 0) {
        Word first = x.in(THAT) && j + 1 < words.size() && words.get(j + 1).start() < sentenceEnd ? words.get(j + 1) : x;
        return new Cue(k, participle, colon, first.start(), sentenceEnd, null); // "وتابع المقداد: أن …"
      }
      boolean saying = x.in(SAYING) && j + 1 < words.size() && !words.get(j + 1).in(QuoteExtractor.SPEAKER_STOPS)
          && !words.get(j + 1).in(THAT) && opening(spans, x.end(), words.get(j + 1).start()) == null;
      if (saying && words.get(j + 1).start() < sentenceEnd) {
        return new Cue(k, participle, x.start(), words.get(j + 1).start(), sentenceEnd, null); // "بقوله نعتبر …"
      }
      if (x.in(THAT) && j + 1 < words.size() && words.get(j + 1).start() < sentenceEnd) {
        if (previous.in(UNMARKED) && j - 1 > k) {
          return new Cue(k, participle, previous.start(), previous.start(), sentenceEnd, null); // "… يبدو أننا نقترب"
        }
        Word first = words.get(j + 1);
        QuoteSpans.Span quoted = opening(spans, x.end(), first.start());
        return quoted != null && !withinClause(text, quoted) ? new Cue(k, participle, x.start(), quoted.start(), quoted.end(), quoted)
            : new Cue(k, participle, x.start(), quoted != null ? quoted.start() - 1 : withOpeningMark(text, first.start()),
                sentenceEnd, null);
      }
      if (participle && !x.in(LINKS)) {
        return null;
      }
      if ((x.in(VERBS) && !relative(words, j)) || inside(spans, x.start())) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the words of a report run straight into a quotation that ends the clause: "إن حكومته
   * عملت "على دعم الاستثمار""، "أن البنك المركزي “قد يعيد النظر”". Two or three words stand between
   * أن/إن and the opening mark, with no punctuation, and the first is no preposition or condition
   * ("أنه في حال عدم تشكيل الوفد "فينبغي…"" and "أنه إذا تعذر هذا "فيجب…"" report the quotation
   * itself): the quotation finishes the sentence the report began, and the two are one quote. A
   * single word before the mark ("أن الحكومة «لن تحاور…»") leaves the quotation to stand alone.
   */
  static boolean leadsInto(String text, int from, QuoteSpans.Span s) {
    int open = s.start() - 1;
    if (open < 1 || !Character.isWhitespace(text.charAt(open - 1))) {
      return false;
    }
    List<Word> lead = WordSpans.of(text.substring(from, open));
    if (lead.size() < 2 || lead.size() > 3 || lead.get(0).in(LEAD_STOPS)) {
      return false;
    }
    for (int i = from; i < open; i++) {
      if (!Character.isLetterOrDigit(text.charAt(i)) && !Character.isWhitespace(text.charAt(i))
          && Character.getType(text.charAt(i)) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return true;
  }

  /** Words that open a clause before the one said: a preposition or a condition. */
  private static final Set<String> LEAD_STOPS = Set.of("في", "اذا", "لو", "عند", "عندما", "بعد", "قبل", "مع",
      "من", "الي", "علي", "عن", "حين", "لدي", "ان", "لان", "كما", "رغم", "بسبب", "خلال");

  /**
   * Whether the word at {@code k} reports though no list of verbs holds it: بيّن (he made clear), not
   * بين (between), when written with its shadda, or, without it, when with و it opens a sentence
   * ("وبين أن التحالف …"; elsewhere "بين أن يبقى وبين أن يرحل" is "between"); and ذهب (went) when
   * "إلى أن" follows ("فذهب إلى أن الانضباط التكتيكي …": he held that).
   */
  static boolean reportsUnlisted(List<Word> words, int k) {
    Word w = words.get(k);
    if (w.bare().equals("بين") && w.text().indexOf('\u0651') >= 0) {
      return true; // written with its shadda: "بيّن السيد مدير التربية أن"
    }
    if (w.bare().equals("ذهب") && k + 2 < words.size() && words.get(k + 1).norm().equals("الي") && words.get(k + 2).in(THAT)) {
      return true; // "فذهب إلى أن": held that
    }
    return w.norm().equals("وبين") && (k == 0 || w.afterPunctuation());
  }

  /** Where a clause starting at {@code at} starts with the quotation mark right before it, if there is one. */
  private static int withOpeningMark(String text, int at) {
    return at > 0 && "«\"“”".indexOf(text.charAt(at - 1)) >= 0 ? at - 1 : at;
  }

  /**
   * Whether a quotation stands inside a clause that reads on after it: a word, not one of speech, follows its closing
   * mark ("أصوات “انفجارات ضخمة” بالتوقيت المحلي"، "أن "قانون القومية العنصرية" في إسرائيل
   * يمنع"), and before it stands a word that does not introduce it as what is said (a verb or
   * participle of speech, بقوله, a newspaper's name), or أن. A quotation that ends its sentence or
   * clause is what is said, in its own right.
   */
  static boolean withinClause(String text, QuoteSpans.Span s) {
    int after = s.end() + 1;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    if (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after))) {
      return false;
    }
    List<Word> next = WordSpans.of(text.substring(after, Math.min(text.length(), after + 30)));
    if (!next.isEmpty() && isSpeechWord(next.get(0))) {
      return false; // "… " ومجددا التأكيد": the next report begins
    }
    int i = s.start() - 2;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 0 || !Character.isLetterOrDigit(text.charAt(i))) {
      return false;
    }
    List<Word> before = WordSpans.of(text.substring(Math.max(0, i - 30), i + 1));
    Word w = before.isEmpty() ? null : before.get(before.size() - 1);
    return w != null && !isSpeechWord(w) && !w.in(SAYING) && !w.in(SOURCES);
  }

  /** Whether a quotation names where something was said (حسب «أ ف ب»، لصحيفة «الحياة»), not what. */
  static boolean namesSource(String text, List<Word> words, QuoteSpans.Span span) {
    Word before = null;
    for (Word w : words) {
      if (w.end() > span.start() - 1) {
        break;
      }
      before = w;
    }
    return before != null && before.in(SOURCES);
  }

  /**
   * Whether the word at {@code k} is the verb of a relative clause about someone else ("لافروف الذي
   * دعا الجربا"), not a report: it follows a relative pronoun, and neither فيه/فيها nor أن follow it.
   */
  static boolean relative(List<Word> words, int k) {
    return k > 0 && words.get(k - 1).in(RELATIVES)
        && !(k + 1 < words.size() && (words.get(k + 1).in(RESUMPTIVES) || words.get(k + 1).in(THAT)));
  }

  /** Where a colon stands between two words ({@code [from, to)}), or -1. */
  private static int colonBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ':') {
        return i;
      }
    }
    return -1;
  }

  /** The quotation whose opening mark stands in {@code [from, to)}, or null. */
  static QuoteSpans.Span opening(List<QuoteSpans.Span> spans, int from, int to) {
    for (QuoteSpans.Span s : spans) {
      if (s.start() - 1 >= from && s.start() - 1 < to) {
        return s;
      }
    }
    return null;
  }

  static boolean inside(List<QuoteSpans.Span> spans, int at) {
    for (QuoteSpans.Span s : spans) {
      if (at >= s.start() && at < s.end()) {
        return true;
      }
    }
    return false;
  }

  /** Where the sentence holding {@code from} ends: its ".", "؟" or "!" outside quotations, or the paragraph's end. */
  static int sentenceEnd(String text, int from, List<QuoteSpans.Span> spans) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '؟' || c == '!') && !inside(spans, i)) {
        return i;
      }
    }
    return text.length();
  }

  static int wordCount(String text, int from, int to) {
    int n = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean word = org.malaff.text.ArabicTokenizer.isWordChar(text.charAt(i));
      if (word && !in) {
        n++;
      }
      in = word;
    }
    return n;
  }

  /** Whether a word is a verb or participle of speech (قال، أكد، مشيراً، قائلاً …). */
  static boolean isSpeechWord(Word w) {
    return w.in(VERBS) || w.in(PARTICIPLES);
  }

  /**
   * Whether a paragraph without quotation marks may still report speech: it has a colon, or a ن
   * (أن/إن and the verbs of opinion have one). Most paragraphs pass; a short line of names or
   * figures is skipped before its words are read.
   */
  static boolean mayReport(String text) {
    return text.indexOf(':') >= 0 || text.indexOf("ن") >= 0;
  }

}
