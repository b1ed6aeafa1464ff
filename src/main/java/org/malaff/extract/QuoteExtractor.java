package org.malaff.extract;

import static org.malaff.extract.SpeechCues.MIN_QUOTE_WORDS;
import static org.malaff.extract.SpeechCues.MIN_REPORTED_WORDS;
import static org.malaff.extract.SpeechCues.PARTICIPLES;
import static org.malaff.extract.SpeechCues.RESUMPTIVES;
import static org.malaff.extract.SpeechCues.SOURCES;
import static org.malaff.extract.SpeechCues.THAT;
import static org.malaff.extract.SpeechCues.VERBS;
import static org.malaff.extract.SpeechCues.cues;
import static org.malaff.extract.SpeechCues.mayReport;
import static org.malaff.extract.SpeechCues.namesSource;
import static org.malaff.extract.SpeechCues.relative;
import static org.malaff.extract.SpeechCues.sentenceEnd;
import static org.malaff.extract.SpeechCues.wordCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.malaff.extract.SpeechCues.Cue;
import org.malaff.extract.WordSpans.Word;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.model.Quote;
import org.malaff.text.QuoteSpans;

/**
 * Finds what an article reports people said, and who said it. Every reporting verb (قال، أكد،
 * أضاف، أوضح، أشار، اعتبر، شدد، لفت، ذكر، نفى، كشف، دعا، أعلن …) or participle (مشيراً، مؤكداً،
 * مضيفاً …) anywhere in a paragraph is a cue when what it introduces follows within the sentence:
 *
 * <ul>
 *   <li><b>direct</b>: a quotation (« », “ ”, "" of at least three words) after the speaker, or
 *       after a colon ("وقال الجربا: «…»"); a quotation with no verb before it takes the speaker
 *       written after it ("…»، قال لافروف", "حسب المقداد");
 *   <li><b>reported</b>: أن/إن and the clause after it ("وأكد لافروف أن …", "مشيراً إلى أن …"),
 *       up to the next cue, quotation or the sentence's end; words said without marks after قوله
 *       ("بقوله نعتبر …") or after a verb of opinion ("يبدو أننا نقترب …");
 *   <li><b>the speaker</b>: the last person named between the verb and what is said (stopping at
 *       في، خلال، لصحيفة … and at a relative clause: "لافروف الذي دعا الجربا" is Lavrov); else a
 *       person named just before the verb ("لافروف قال إن"), or a role or unnamed source written
 *       before it ("إلا أن رئيس الائتلاف قال إنه"); a phrase naming a role alone ("وزير الخارجية
 *       الروسي") is kept as the speaker's text, for resolution to a person;
 *   <li><b>continuations</b>: a verb with no speaker ("وأضاف:", "وتابع أن") and a participle keep
 *       the speaker of the sentence, else of the article's previous quote;
 *   <li><b>anonymous sources</b>: a speaker phrase opening with مصدر، مصادر، مسؤول، دبلوماسي،
 *       متحدث … and naming nobody ("مصدر دبلوماسي غربي") is a speaker of its own kind.
 * </ul>
 *
 * A verb inside what another verb reports ("إن بلاده ترى أنه") and a verb of a relative clause
 * start no quote of their own; a noun after a verb ("نفى وجود …") is not a quote. Where speech is
 * reported is {@link SpeechCues}'s; who speaks is this class's.
 */
public final class QuoteExtractor {
  private static final int MAX_SPEAKER_WORDS = 12;
  /** The most words a speaker named by a role alone may take ("نائب وزير الخارجية والمغتربين السوري"). */
  private static final int MAX_ROLE_WORDS = 7;
  static final Set<String> SPEAKER_STOPS = Set.of("ان", "انه", "انها", "انهم", "قوله", "قولها", "في", "خلال",
      "امس", "اليوم", "يوم", "للصحفيين", "للصحافيين", "بعد", "عقب", "ضروره", "الي", "علي", "مع", "بان", "بانه",
      "عن", "اثناء", "لدي", "حسب", "بحسب", "وفق", "بهذا", "هنا", "كذلك", "ايضا", "الذي", "التي", "فيه", "فيها", "تاكيد", "التاكيد", "تاكيده", "لصحيفه", "لوكاله", "لقناه", "لموقع", "لتلفزيون",
      "لاذاعه", "لمجله", "لشبكه", "لراديو", "مخاطبا", "مخاطبه", "ل", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
      "الجمعه", "السبت", "الاحد", "اواخر", "اوائل", "مطلع", "منتصف", "مساء", "ليله", "فجر", "عصر", "ظهر", "بالقول", "لوسائل", "للصحافه", "للاعلام", "للتلفزيون",
      "للاذاعه", "وفقا", "طبقا", "حسبما", "بمناسبه", "متوجها", "متوجهه", "موجها", "موجهه");
  /** قد and its forms with a conjunction: "وكان آيت الطالب، وزير الصحة، قد أكد". */
  private static final Set<String> QAD = Set.of("قد", "وقد", "فقد", "لقد");
  /** Honorifics that stand for someone named before: "وقال معاليه إن". */
  private static final Set<String> HONORIFICS = Set.of("معاليه", "معاليها", "سعادته", "سعادتها", "سموه", "فخامته",
      "سيادته", "سيادتها", "دولته", "سماحته", "نيافته", "غبطته");
  /** Words that say the speaker is the one named before: "وأضاف المتحدث نفسه"، "الوزير ذاته". */
  private static final Set<String> SAME = Set.of("نفسه", "نفسها", "ذاته", "ذاتها");
  /** Verbs by which an outlet relays what someone said: the speaker follows عن. */
  private static final Set<String> RELAYS = Set.of("نقل", "نقلت", "ونقل", "ونقلت");
  private static final Set<String> UNNAMED_SOURCES = Set.of("مصدر", "المصدر", "مصادر", "المصادر");
  /** Words before a subject that are not part of it: "وكان مسؤولون … أكدوا". */
  private static final Set<String> OPENERS = Set.of("كان", "كانت", "فيما", "بينما", "ثم", "لكن", "ولكن", "حيث");
  static final Set<String> ANONYMOUS = Set.of("مصدر", "مصادر", "مسؤول", "مسؤولون", "دبلوماسي", "الدبلوماسي",
      "متحدث", "مراقبون", "محللون", "خبراء", "شهود", "ناشطون", "المصدر", "المصادر", "اوساط", "الاوساط",
      "الشهود", "سكان", "السكان", "مصادرنا", "مصدرنا", "قيادي", "قياديون", "قياديين");

  /** "One of": before a plural with the article it makes an unnamed source ("أحد الموظفين"، "إحدى الممرضات"). */
  private static final Set<String> ONE_OF = Set.of("احد", "احدي");

  /** Quotes of one article, with the mentions the finder found in it. */
  public List<Quote> extract(String article, List<String> paragraphs, List<Mention> mentions) {
    return extract(article, paragraphs, null, mentions);
  }

  /** As {@link #extract(String, List, List)}, with the paragraphs' words if already cut (else null). */
  List<Quote> extract(String article, List<String> paragraphs, List<List<Word>> paragraphWords, List<Mention> mentions) {
    List<Quote> out = new ArrayList<>();
    Speaker last = null;
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p);
      List<QuoteSpans.Span> spans = QuoteSpans.find(text).stream()
          .filter(s -> wordCount(text, s.start(), s.end()) >= MIN_QUOTE_WORDS).toList();
      if (spans.isEmpty() && !mayReport(text)) {
        continue;
      }
      List<Word> words = paragraphWords != null ? paragraphWords.get(p) : WordSpans.of(text);
      List<Cue> cues = cues(text, words, spans);
      Set<QuoteSpans.Span> opened = new java.util.HashSet<>();
      cues.forEach(c -> {
        if (c.span() != null) {
          opened.add(c.span());
        } else {
          spans.stream().filter(x -> x.start() > c.contentStart() && x.start() < c.contentEnd()).forEach(opened::add);
        }
      });
      int c = 0;
      int s = 0;
      Speaker inSentence = null;
      int sentenceEnd = -1;
      while (c < cues.size() || s < spans.size()) {
        if (s < spans.size() && opened.contains(spans.get(s))) {
          s++;
          continue;
        }
        boolean cueFirst = s >= spans.size() || (c < cues.size() && cues.get(c).verbStart(words) < spans.get(s).start());
        int at = cueFirst ? cues.get(c).verbStart(words) : spans.get(s).start();
        if (at >= sentenceEnd) {
          inSentence = null;
          sentenceEnd = sentenceEnd(text, at, spans);
        }
        Speaker sp;
        if (cueFirst) {
          Cue cue = cues.get(c++);
          sp = speakerOf(cue, text, words, mentions, article, p, inSentence, last);
          String said = text.substring(cue.contentStart(), cue.contentEnd()).strip();
          if (cue.span() != null || wordCount(text, cue.contentStart(), cue.contentEnd()) >= MIN_REPORTED_WORDS) {
            out.add(quote(article, p, sp, cue.span() != null, trimEnd(said)));
          }
        } else {
          QuoteSpans.Span span = spans.get(s++);
          if (namesSource(text, words, span)) {
            continue; // حسب «أ ف ب»
          }
          sp = speakerBefore(text, words, span.start(), mentions, article, p, inSentence);
          if (sp == null) {
            sp = speakerAfter(text, words, span.end(), mentions, article, p);
          }
          if (sp != null && sp.continuation) {
            sp = previous(inSentence, last, mentions, article, p, span.start());
          }
          out.add(quote(article, p, sp, true, text.substring(span.start(), span.end()).strip()));
        }
        if (sp != null) {
          last = sp;
          inSentence = sp;
        }
      }
    }
    return out;
  }

  /**
   * Who says what a cue introduces: for a verb, the speaker named after it; else the person named
   * just before it ("لافروف قال إن"); else, as for a participle, the sentence's speaker so far, the
   * last person named earlier in the sentence, or the article's previous speaker.
   */
  private Speaker speakerOf(Cue cue, String text, List<Word> words, List<Mention> mentions, String article, int p,
      Speaker inSentence, Speaker last) {
    int verbStart = words.get(cue.verb()).start();
    if (!cue.participle()) {
      Speaker named = speakerAfterVerb(text, words, cue.verb(), cue.speakerEnd(), mentions, article, p);
      if (!named.continuation()) {
        return named;
      }
      boolean newClause = words.get(cue.verb()).norm().startsWith("و");
      boolean afterQad = cue.verb() > 0 && QAD.contains(words.get(cue.verb() - 1).norm());
      // "وكان آيت الطالب، وزير الصحة، قد أكد أن": the subject of قد … stands anywhere before it in the sentence
      int from = afterQad ? sentenceStart(text, verbStart) : cue.verb() >= 3 ? words.get(cue.verb() - 3).start() : 0;
      Mention before = lastPerson(mentions, article, p, from, verbStart);
      if (before != null && !newClause) {
        return new Speaker(before.text(), false, false, before);
      }
      Speaker role = newClause ? null : roleBefore(text, words, cue.verb());
      return role != null ? role : previous(inSentence, last, mentions, article, p, verbStart);
    }
    if (inSentence != null) {
      return inSentence;
    }
    Mention subject = lastPerson(mentions, article, p, sentenceStart(text, verbStart), verbStart);
    return subject != null ? new Speaker(subject.text(), false, false, subject) : last;
  }

  /**
   * A role or an unnamed source written just before the verb, as its subject: "إلا أن رئيس الائتلاف
   * قال إنه"، "وكان مسؤولون في الإدارة الأمريكية أكدوا أن". The phrase runs back to أن/إن, كان or
   * punctuation, at most six words, and must open with a role word or a word of unnamed sources.
   */
  private static Speaker roleBefore(String text, List<Word> words, int verb) {
    int b = verb;
    while (b > 0 && verb - b < 6 && !words.get(b - 1).in(THAT) && !words.get(b - 1).in(OPENERS)
        && !words.get(b).afterPunctuation()) {
      b--;
    }
    if (b == verb) {
      return null;
    }
    Word head = words.get(b);
    boolean anonymous = head.in(ANONYMOUS);
    if (!anonymous && !RuleNameFinder.opensRole(head.norm())) {
      return null;
    }
    return new Speaker(clean(text.substring(head.start(), words.get(verb - 1).end())), anonymous, false, null);
  }

  /** Whether a person's name starts at {@code w}: علي is then a given name, not the preposition على. */
  private static boolean startsPerson(List<Mention> mentions, String article, int p, Word w) {
    for (Mention m : mentions) {
      if (m.start() == w.start() && m.paragraph() == p && m.type() == EntityType.PERSON && m.article().equals(article)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who "he" is when a verb names no one ("وأضاف:"، "وقالت سعادتها"): the sentence's speaker so
   * far, else the article's previous speaker, else the last person the article named before
   * {@code at} in paragraph {@code p} (the subject of a first paragraph that quoted nothing:
   * "أكدت الدكتورة شيخة الظاهري أهمية …").
   */
  private static Speaker previous(Speaker inSentence, Speaker last, List<Mention> mentions, String article, int p,
      int at) {
    if (inSentence != null || last != null) {
      return inSentence != null ? inSentence : last;
    }
    Mention person = null;
    for (Mention m : mentions) {
      boolean before = m.paragraph() < p || (m.paragraph() == p && m.end() <= at);
      if (before && m.article().equals(article) && m.type() == EntityType.PERSON && (person == null
          || m.paragraph() > person.paragraph() || (m.paragraph() == person.paragraph() && m.start() > person.start()))) {
        person = m;
      }
    }
    return person == null ? null : new Speaker(person.text(), false, false, person);
  }

  /** The last person named in paragraph {@code p} within {@code [from, to)}, or null. */
  private static Mention lastPerson(List<Mention> mentions, String article, int p, int from, int to) {
    Mention person = null;
    for (Mention m : mentions) {
      if (m.article().equals(article) && m.paragraph() == p && m.type() == EntityType.PERSON && m.start() >= from
          && m.end() <= to) {
        person = m;
      }
    }
    return person;
  }

  /**
   * The words said without the punctuation that ends them ("،", ":", a closing quotation mark),
   * but for the mark that closes a quotation opened within them: بلاده "تتعرض إلى حملة شرسة".
   */
  private static String trimEnd(String said) {
    int end = said.length();
    while (end > 0 && "،,:؛«»\"“” ".indexOf(said.charAt(end - 1)) >= 0) {
      end--;
    }
    String out = said.substring(0, end);
    for (int i = end; i < said.length(); i++) {
      char c = said.charAt(i);
      boolean closes = switch (c) {
        case '»' -> count(out, '«') > count(out, '»');
        case '”' -> count(out, '“') > count(out, '”');
        case '“' -> count(out, '”') > count(out, '“'); // mirrored: ”…“
        case '"' -> count(out, '"') % 2 == 1;
        default -> false;
      };
      if (closes) {
        return out + c;
      }
    }
    return out;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** Who speaks: the text naming them, whether anonymous, whether "the previous speaker". */
  private record Speaker(String text, boolean anonymous, boolean continuation, Mention mention) {}

  private static Quote quote(String article, int p, Speaker sp, boolean direct, String text) {
    if (sp == null) {
      return new Quote(article, p, null, null, false, direct, text);
    }
    return new Quote(article, p, null, sp.text(), sp.anonymous(), direct, text);
  }

  private Speaker speakerBefore(String text, List<Word> words, int quoteStart, List<Mention> mentions, String article,
      int p, Speaker inSentence) {
    int sentenceStart = sentenceStart(text, quoteStart);
    int verb = -1;
    for (int k = 0; k < words.size() && words.get(k).end() <= quoteStart; k++) {
      Word w = words.get(k);
      if (w.start() >= sentenceStart && (w.in(VERBS) || w.in(PARTICIPLES)) && !relative(words, k)) {
        verb = k;
      }
    }
    if (verb < 0) {
      return null;
    }
    if (words.get(verb).in(PARTICIPLES)) {
      return inSentence != null ? inSentence : subjectBefore(words.get(verb).start(), sentenceStart, mentions, article, p);
    }
    return speakerAfterVerb(text, words, verb, quoteStart, mentions, article, p);
  }

  /**
   * The speaker named after the verb at {@code verb}: the phrase up to the first stop word; when it
   * names no person, the first person named before {@code limit} after "عن" ("نقلت … عن لافروف
   * قوله").
   */
  private Speaker speakerAfterVerb(String text, List<Word> words, int verb, int limit, List<Mention> mentions,
      String article, int p) {
    int first = verb + 1 < words.size() && words.get(verb + 1).in(RESUMPTIVES) ? verb + 2 : verb + 1;
    int from = words.get(first - 1).end();
    int to = limit;
    int an = -1;
    int searchTo = limit; // where the fallback below stops looking: before a newspaper or channel named
    boolean relays = words.get(verb).in(RELAYS); // "ونقلت وكالة فارس اليوم السبت عن لاريجاني": look on for عن
    for (int k = first; k < words.size() && words.get(k).end() <= limit; k++) {
      if (words.get(k).in(SOURCES) && searchTo == limit) {
        searchTo = words.get(k).start();
      }
      boolean stop = words.get(k).in(SPEAKER_STOPS) && !startsPerson(mentions, article, p, words.get(k));
      if (stop || words.get(k).in(PARTICIPLES) || k - verb > MAX_SPEAKER_WORDS) {
        to = Math.min(to, words.get(k).start());
        if (words.get(k).norm().equals("عن") && an < 0) {
          an = k;
        }
        if (an < 0 && !relays) {
          break;
        }
      }
    }
    int searchFrom = from;
    if (an >= 0 && searchTo < words.get(an).start()) {
      searchFrom = words.get(an).end(); // "ونقلت وكالة فارس للأنباء عن لاريجاني قوله": the outlet reports,
      searchTo = limit; //                 the speaker follows عن
    }
    Speaker sp = speakerIn(text, from, to, mentions, article, p);
    if (sp.mention() == null && !sp.anonymous() && (!sp.continuation() || an >= 0)) {
      // the role runs on past the stop ("عضو الائتلاف … وممثله في الولايات المتحدة نجيب الغضبان أن"),
      // or the speaker follows عن ("نقلت وسائل إعلام روسية عن لافروف قوله"): the first person named
      for (Mention m : mentions) {
        if (m.article().equals(article) && m.paragraph() == p && m.type() == EntityType.PERSON
            && m.start() >= searchFrom && m.end() <= searchTo) {
          return new Speaker(m.text(), false, false, m);
        }
      }
    }
    return sp;
  }

  private Speaker speakerAfter(String text, List<Word> words, int quoteEnd, List<Mention> mentions, String article,
      int p) {
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      if (w.start() < quoteEnd || w.start() > quoteEnd + 40) {
        continue;
      }
      String b = w.bare();
      if (w.in(PARTICIPLES)) {
        return subjectBefore(quoteEnd, sentenceStart(text, quoteEnd), mentions, article, p);
      }
      if (b.equals("حسب") || w.norm().equals("حسب") || w.in(VERBS)) {
        int from = w.end();
        int to = Math.min(text.length(), from + 60);
        int stop = text.indexOf('.', from);
        if (stop > 0 && stop < to) {
          to = stop;
        }
        if (k + 1 < words.size() && (words.get(k + 1).norm().equals("تعبيره") || words.get(k + 1).norm().equals("قوله"))) {
          return new Speaker(null, false, true, null);
        }
        return speakerIn(text, from, to, mentions, article, p);
      }
    }
    return null;
  }

  /**
   * Whether a phrase opens with one to three words that are no role, stop word or word of speech,
   * with no punctuation and no article on the first (a family name may have it), and then a word
   * that opens a role: a name and its role, however long the role runs.
   */
  private static boolean opensWithNameAndRole(List<Word> words) {
    for (int k = 0; k < Math.min(4, words.size()); k++) {
      Word w = words.get(k);
      if (k > 0 && w.in(RuleNameFinder.roleStarts())) {
        return true;
      }
      if ((k > 0 && w.afterPunctuation()) || (k == 0 && w.norm().startsWith("ال")) || w.in(RuleNameFinder.roleStarts())
          || RuleNameFinder.isStopWord(w.norm()) || SpeechCues.isSpeechWord(w) || w.in(ANONYMOUS)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The subject a participle continues: the last person named earlier in the sentence ("انتقادات
   * وجهها … سيرغي لافروف …، معتبرا أنه «…»"), else the previous speaker.
   */
  private static Speaker subjectBefore(int before, int sentenceStart, List<Mention> mentions, String article, int p) {
    Mention person = lastPerson(mentions, article, p, sentenceStart, before);
    return person == null ? new Speaker(null, false, true, null) : new Speaker(person.text(), false, false, person);
  }

  private static Speaker speakerIn(String text, int from, int to, List<Mention> mentions, String article, int p) {
    Mention person = lastPerson(mentions, article, p, from, to);
    if (person != null) {
      return new Speaker(person.text(), false, false, person);
    }
    String phrase = clean(text.substring(from, Math.max(from, to)));
    List<Word> words = WordSpans.of(phrase);
    boolean same = words.size() >= 2 && words.size() <= 3 && words.get(words.size() - 1).in(SAME);
    if (same && words.get(0).in(UNNAMED_SOURCES)) {
      return new Speaker(phrase, true, false, null); // "ونفى المصدر نفسه": an unnamed source, not the last named speaker
    }
    if (words.isEmpty() || (words.size() == 1 && words.get(0).in(HONORIFICS)) || same) {
      return new Speaker(null, false, true, null); // "وقال معاليه"، "وأضاف المتحدث نفسه": the one who spoke before
    }
    if (words.get(0).in(ANONYMOUS) || (words.size() >= 2 && words.get(0).in(ONE_OF) && words.get(1).norm().startsWith("ال"))) {
      return new Speaker(phrase, true, false, null); // "أحد الموظفين بمحافظة تعز": one of many, unnamed
    }
    if (words.size() > MAX_ROLE_WORDS && opensWithNameAndRole(words)) {
      // "شدد صائب عريقات أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية، على أن": a name, then a long role
      return new Speaker(phrase, false, false, null);
    }
    if (words.size() > MAX_ROLE_WORDS) {
      return new Speaker(null, false, false, null); // a clause, not someone: the speaker is unknown
    }
    return new Speaker(phrase, false, false, null);
  }

  private static int sentenceStart(String text, int before) {
    for (int i = before - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '؟' || c == '!' || c == '؛') {
        return i + 1;
      }
    }
    return 0;
  }

  private static String clean(String phrase) {
    String s = phrase.replaceAll("[:«»\"“”،,]", " ").strip();
    return s.isEmpty() ? s : s.replaceAll("\\s+", " ");
  }
}
