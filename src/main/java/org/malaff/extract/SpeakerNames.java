package org.malaff.extract;

import java.util.List;
import java.util.Set;
import org.malaff.extract.WordSpans.Word;
import org.malaff.read.Gazetteer;

/**
 * The name a speaker phrase opens with when no finder marked it: "وأضاف دمرداش أن" names دمرداش,
 * "قال يالجين اكدوجان نائب رئيس الوزراء التركي إن" names يالجين اكدوجان. Someone who speaks is a
 * person, so such a name becomes a person mention. One to three words before a role or the
 * phrase's end, none of them with the article, a stop word, a verb or participle of speech, a
 * word of unnamed sources, bodies or honorifics (بيان، تقارير، سماحته), a word of organisations or
 * a listed place or outlet; anything after them must be a role.
 */
final class SpeakerNames {
  private static final int MAX_WORDS = 3;
  /** Words that speak for bodies or documents, not people: "قال بيان"، "ذكر تقرير". */
  private static final Set<String> NOT_PEOPLE = Set.of("بيان", "تقرير", "مصدر", "مصادر", "مسؤول", "مسؤولون",
      "متحدث", "دبلوماسي", "مراقبون", "محللون", "خبراء", "شهود", "ناشطون", "اوساط", "مراسل", "موقع", "وكاله",
      "صحيفه", "قناه", "مكتب", "مجلس", "بلاده", "بلادها", "احد", "بعض", "عدد", "رئيسها", "نظيره", "تقارير", "صحف",
      "محلل", "محللين", "اقتصاديون", "محدثين", "سكان", "عميل", "محافظ", "خطيب", "امير", "باسم", "سابقا", "لاحقا",
      "تعالي", "رضي", "هويته", "سماحته", "سموه", "سمو", "وقتها", "خلاله", "تزامنا", "وفقا", "جوار", "مكتبي", "رؤي");
  private final Gazetteer gazetteer;

  SpeakerNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The name the phrase opens with, as written in it, or null. */
  String nameIn(String phrase) {
    List<Word> words = WordSpans.of(phrase);
    int n = 0;
    while (n < words.size() && n < MAX_WORDS && !words.get(n).in(RuleNameFinder.roleStarts())) {
      if (!nameLike(words.get(n))) {
        return null;
      }
      n++;
    }
    if (n == 0 || (n < words.size() && !words.get(n).in(RuleNameFinder.roleStarts()))) {
      return null;
    }
    return phrase.substring(words.get(0).start(), words.get(n - 1).end());
  }

  private boolean nameLike(Word w) {
    String x = w.norm();
    if (x.length() < 3 || x.startsWith("ال") || !x.chars().allMatch(c -> c >= '\u0621' && c <= '\u064a')) {
      return false;
    }
    if (x.startsWith("لل") || RuleNameFinder.isStopWord(x) || NOT_PEOPLE.contains(x) || RuleNameFinder.isOrgWord(x)
        || SpeechCues.isSpeechWord(w)) {
      return false;
    }
    String bare = "بل".indexOf(x.charAt(0)) >= 0 ? x.substring(1) : x; // بمكة، لموسكو
    return gazetteer.byKey(Gazetteer.Kind.PLACE, x).isEmpty() && gazetteer.byKey(Gazetteer.Kind.PLACE, bare).isEmpty()
        && gazetteer.outletByKey(x).isEmpty() && gazetteer.byKey(Gazetteer.Kind.AGENCY, x).isEmpty();
  }
}
