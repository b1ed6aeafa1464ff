package org.malaff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.malaff.extract.WordSpans.Word;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.model.Quote;
import org.malaff.text.QuoteSpans;

/**
 * Finds what an article reports people said, and who said it.
 *
 * <ul>
 *   <li><b>direct</b>: words between quotation marks (« », “ ”, "") of at least three words; the
 *       speaker is named between the last reporting verb before them in the sentence (قال، أكد،
 *       أضاف، أوضح، أشار، اعتبر، شدد، لفت، ذكر، نفى، كشف، دعا، أعلن …) and the quotation; else
 *       after them ("…»، قال لافروف", "حسب المقداد");
 *   <li><b>reported</b>: a sentence that opens with a reporting verb, its speaker and إن/أن: the
 *       words after إن/أن are the quote;
 *   <li><b>continuations</b>: a verb with no speaker after it ("وأضاف:", "وتابع") keeps the speaker
 *       of the article's previous quote;
 *   <li><b>anonymous sources</b>: a speaker phrase opening with مصدر، مصادر، مسؤول، دبلوماسي، متحدث
 *       and naming nobody ("مصدر دبلوماسي غربي") is a speaker of its own kind.
 * </ul>
 *
 * The speaker is the last person named in the speaker phrase; a phrase naming a role alone ("وزير
 * الخارجية الروسي") is kept as the speaker's text, for resolution to a person.
 */
public final class QuoteExtractor {
  private static final int MIN_QUOTE_WORDS = 3;
  private static final int MAX_SPEAKER_WORDS = 12;
  private static final Set<String> VERBS = Set.of("قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اوضح", "اوضحت",
      "اشار", "اشارت", "اعتبر", "اعتبرت", "شدد", "شددت", "لفت", "لفتت", "ذكر", "ذكرت", "نفي", "نفت", "كشف", "كشفت",
      "دعا", "دعت", "اعلن", "اعلنت", "راي", "رات", "تابع", "تابعت", "صرح", "صرحت", "اعرب", "اعربت", "حذر", "حذرت",
      "طالب", "طالبت", "رحب", "رحبت", "وصف", "وصفت", "مضيفا", "مضيفه", "مؤكدا", "موكدا", "مشيرا", "موضحا", "معتبرا",
      "لافتا", "مشددا", "داعيا", "معربا", "يقول", "تقول", "نقلت", "نقل", "ختم", "افاد", "افادت", "اعترف", "زعم");
  /** Participles: they continue the sentence's subject ("معتبراً إياها «…»"). */
  private static final Set<String> PARTICIPLES = Set.of("مضيفا", "مضيفه", "مؤكدا", "موكدا", "مشيرا", "موضحا",
      "معتبرا", "لافتا", "مشددا", "داعيا", "معربا", "مجددا", "محذرا", "مطالبا", "قائلا");
  private static final Set<String> SPEAKER_STOPS = Set.of("ان", "انه", "انها", "انهم", "قوله", "قولها", "في", "خلال",
      "امس", "اليوم", "يوم", "للصحفيين", "للصحافيين", "بعد", "عقب", "ضروره", "الي", "علي", "مع", "بان", "بانه",
      "عن", "اثناء", "لدي", "حسب", "بهذا", "هنا", "كذلك", "ايضا");
  private static final Set<String> ANONYMOUS = Set.of("مصدر", "مصادر", "مسؤول", "مسؤولون", "دبلوماسي", "الدبلوماسي",
      "متحدث", "مراقبون", "محللون", "خبراء", "شهود", "ناشطون", "المصدر");

  /** Quotes of one article, with the mentions the finder found in it. */
  public List<Quote> extract(String article, List<String> paragraphs, List<Mention> mentions) {
    List<Quote> out = new ArrayList<>();
    Speaker last = null;
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p);
      List<QuoteSpans.Span> spans = QuoteSpans.find(text).stream()
          .filter(s -> wordCount(text, s.start(), s.end()) >= MIN_QUOTE_WORDS).toList();
      if (spans.isEmpty() && !mayOpenWithVerb(text)) {
        continue;
      }
      List<Word> words = WordSpans.of(text);
      for (QuoteSpans.Span s : spans) {
        Speaker sp = speakerBefore(text, words, s.start(), mentions, article, p);
        if (sp == null) {
          sp = speakerAfter(text, words, s.end(), mentions, article, p);
        }
        if (sp != null && sp.continuation) {
          sp = last;
        }
        out.add(quote(article, p, sp, true, text.substring(s.start(), s.end()).strip()));
        if (sp != null) {
          last = sp;
        }
      }
      if (spans.isEmpty()) {
        Quote reported = reported(article, p, text, words, mentions, last);
        if (reported != null) {
          out.add(reported);
          last = new Speaker(reported.speakerText(), reported.anonymous(), false, speakerMention(reported, mentions));
        }
      }
    }
    return out;
  }

  private static int wordCount(String text, int from, int to) {
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

  /** A cheap look at the first word: is it a reporting verb? */
  private static boolean mayOpenWithVerb(String text) {
    int start = 0;
    while (start < text.length() && !org.malaff.text.ArabicTokenizer.isWordChar(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && org.malaff.text.ArabicTokenizer.isWordChar(text.charAt(end))) {
      end++;
    }
    List<Word> first = WordSpans.of(text.substring(start, end));
    return !first.isEmpty() && first.get(0).in(VERBS);
  }

  /** Who speaks: the text naming them, whether anonymous, whether "the previous speaker". */
  private record Speaker(String text, boolean anonymous, boolean continuation, Mention mention) {}

  private static Quote quote(String article, int p, Speaker sp, boolean direct, String text) {
    if (sp == null) {
      return new Quote(article, p, null, null, false, direct, text);
    }
    return new Quote(article, p, null, sp.text(), sp.anonymous(), direct, text);
  }

  private static Mention speakerMention(Quote q, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.paragraph() == q.paragraph() && m.type() == EntityType.PERSON && m.text().equals(q.speakerText())) {
        return m;
      }
    }
    return null;
  }

  private Speaker speakerBefore(String text, List<Word> words, int quoteStart, List<Mention> mentions, String article,
      int p) {
    int sentenceStart = sentenceStart(text, quoteStart);
    int verb = -1;
    for (int k = 0; k < words.size() && words.get(k).end() <= quoteStart; k++) {
      if (words.get(k).start() >= sentenceStart && words.get(k).in(VERBS)) {
        verb = k;
      }
    }
    if (verb < 0) {
      return null;
    }
    if (words.get(verb).in(PARTICIPLES)) {
      return subjectBefore(words.get(verb).start(), sentenceStart, mentions, article, p);
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
    int from = words.get(verb).end();
    int to = limit;
    int an = -1;
    for (int k = verb + 1; k < words.size() && words.get(k).end() <= limit; k++) {
      if (words.get(k).in(SPEAKER_STOPS) || k - verb > MAX_SPEAKER_WORDS) {
        to = Math.min(to, words.get(k).start());
        if (words.get(k).norm().equals("عن") && an < 0) {
          an = k;
        }
        if (an < 0) {
          break;
        }
      }
    }
    Speaker sp = speakerIn(text, from, to, mentions, article, p);
    if (sp.mention() == null && !sp.anonymous()) {
      // the role runs on past the stop ("عضو الائتلاف … وممثله في الولايات المتحدة نجيب الغضبان أن"),
      // or the speaker follows عن ("نقلت وسائل إعلام روسية عن لافروف قوله"): the first person named
      for (Mention m : mentions) {
        if (m.article().equals(article) && m.paragraph() == p && m.type() == EntityType.PERSON
            && m.start() >= from && m.end() <= limit) {
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
   * The subject a participle continues: the last person named earlier in the sentence ("انتقادات
   * وجهها … سيرغي لافروف …، معتبرا أنه «…»"), else the previous speaker.
   */
  private static Speaker subjectBefore(int before, int sentenceStart, List<Mention> mentions, String article, int p) {
    Mention person = null;
    for (Mention m : mentions) {
      if (m.article().equals(article) && m.paragraph() == p && m.type() == EntityType.PERSON
          && m.start() >= sentenceStart && m.end() <= before) {
        person = m;
      }
    }
    return person == null ? new Speaker(null, false, true, null) : new Speaker(person.text(), false, false, person);
  }

  private static Speaker speakerIn(String text, int from, int to, List<Mention> mentions, String article, int p) {
    Mention person = null;
    for (Mention m : mentions) {
      if (m.article().equals(article) && m.paragraph() == p && m.type() == EntityType.PERSON && m.start() >= from
          && m.end() <= to) {
        person = m;
      }
    }
    if (person != null) {
      return new Speaker(person.text(), false, false, person);
    }
    String phrase = clean(text.substring(from, Math.max(from, to)));
    List<Word> words = WordSpans.of(phrase);
    if (words.isEmpty()) {
      return new Speaker(null, false, true, null);
    }
    if (words.get(0).in(ANONYMOUS)) {
      return new Speaker(phrase, true, false, null);
    }
    return new Speaker(phrase, false, false, null);
  }

  private Quote reported(String article, int p, String text, List<Word> words, List<Mention> mentions, Speaker last) {
    if (words.isEmpty() || !words.get(0).in(VERBS)) {
      return null;
    }
    int that = -1;
    for (int k = 1; k < words.size() && k <= MAX_SPEAKER_WORDS + 1; k++) {
      String n = words.get(k).norm();
      if (n.equals("ان") || n.equals("انه") || n.equals("انها") || n.equals("بان") || n.equals("بانه")) {
        that = k;
        break;
      }
    }
    if (that < 0 || that + 1 >= words.size()) {
      return null;
    }
    Speaker sp = words.get(0).in(PARTICIPLES) ? subjectBefore(0, 0, mentions, article, p)
        : speakerAfterVerb(text, words, 0, words.get(that).start(), mentions, article, p);
    if (sp.continuation()) {
      sp = last;
    }
    int end = text.indexOf('.', words.get(that + 1).start());
    String said = text.substring(words.get(that + 1).start(), end < 0 ? text.length() : end).strip();
    return quote(article, p, sp, false, said);
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
