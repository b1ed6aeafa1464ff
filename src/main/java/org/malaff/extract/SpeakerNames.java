package org.malaff.extract;

import java.util.List;
import java.util.Set;
import org.malaff.extract.WordSpans.Word;
import org.malaff.read.Gazetteer;

/**
 * The name a speaker phrase opens with when no finder marked it: "وأضاف دمرداش أن" names دمرداش,
 * "قال يالجين اكدوجان نائب رئيس الوزراء التركي إن" names يالجين اكدوجان. Someone who speaks is a
 * person, so such a name becomes a person mention. One to three words before a role or the
 * phrase's end (after an adjective of origin, if the phrase opens with one: "الإسباني جولين
 * لوبيتيغي مدرب منتخب قطر"), none of them with the article but a family name after the first when
 * a role follows (عزيز الرباح وزير الطاقة), a stop word, a verb or participle of speech, a word of
 * unnamed sources, bodies or honorifics (بيان، تقارير، سماحته), a word of organisations or a listed
 * place or outlet; anything after them must be a role.
 */
final class SpeakerNames {
  private static final int MAX_WORDS = 3;
  /** Words that speak for bodies or documents, not people: "قال بيان"، "ذكر تقرير". */
  private static final Set<String> NOT_PEOPLE = Set.of("بيان", "تقرير", "مصدر", "مصادر", "مسؤول", "مسؤولون",
      "متحدث", "دبلوماسي", "مراقبون", "محللون", "خبراء", "شهود", "ناشطون", "اوساط", "مراسل", "موقع", "وكاله",
      "صحيفه", "قناه", "مكتب", "مجلس", "بلاده", "بلادها", "احد", "بعض", "عدد", "رئيسها", "نظيره", "تقارير", "صحف",
      "محلل", "محللين", "اقتصاديون", "محدثين", "سكان", "عميل", "محافظ", "خطيب", "امير", "باسم", "سابقا", "لاحقا",
      "تعالي", "رضي", "هويته", "سماحته", "سموه", "سمو", "وقتها", "خلاله", "تزامنا", "وفقا", "جوار", "مكتبي", "رؤي",
      "عبر", "امام", "شؤون", "بصوره", "لكره", "رفيع", "رفيعه", "هؤلاء", "هولاء", "اولئك", "اهالي", "مدعي");
  private final Gazetteer gazetteer;

  SpeakerNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The name the phrase opens with, as written in it, or null. */
  String nameIn(String phrase) {
    List<Word> all = WordSpans.of(phrase);
    // an adjective of origin before the name: "الإسباني جولين لوبيتيغي مدرب منتخب قطر"
    List<Word> words = all.size() > 2 && origin(all.get(0)) ? all.subList(1, all.size()) : all;
    int n = 0;
    while (n < words.size() && n < MAX_WORDS && !words.get(n).in(RuleNameFinder.roleStarts())) {
      Word w = words.get(n);
      if (!nameLike(w) && (n == 0 || w.afterPunctuation() || !familyName(w))) { // "عزيز الرباح وزير الطاقة"
        return null;
      }
      n++;
    }
    if (n == 0 || (n < words.size() && !words.get(n).in(RuleNameFinder.roleStarts()))) {
      return null;
    }
    if (n == words.size() && words.stream().anyMatch(w -> !nameLike(w))) {
      return null; // a family name with the article only before a role: not "أواخر يوليو الماضي"
    }
    return phrase.substring(words.get(0).start(), words.get(n - 1).end());
  }

  /**
   * The name a speaker phrase ends with after a role, when no finder marked it: "رئيس الحكومة تمام
   * سلام" names تمام سلام, "مدير إدارة الأرصاد الجوية ضرار العلي" names ضرار العلي. Two words, the
   * first without the article (a family name may have it), after a phrase that opens with a role
   * word and a word that may end it (one with the article, a role word), or after any word when the
   * first is a listed given name ("رئيس مجلس قروي أم صفا" and a given and a family name); three when
   * the first is a given name a list knows, as must be a first word that ends like a feminine noun
   * ("سلسلة المعارض" is a thing); one word after a title alone ("المطربة أنغام"). Null when the
   * phrase ends otherwise.
   */
  String nameAfterRole(String phrase) {
    List<Word> words = WordSpans.of(phrase);
    int n = words.size();
    if (n < 2 || !words.get(0).in(RuleNameFinder.roleStarts()) || words.get(0).in(QuoteExtractor.ANONYMOUS)) {
      return null; // "مسؤول عسكري أمريكي" is an unnamed source
    }
    if (n == 2) { // "المطربة أنغام": a title with the article and one name ("قائد عسكري" is no name)
      Word name = words.get(1);
      return words.get(0).bare().startsWith("ال") && !name.afterPunctuation() && nameLike(name) && !RuleNameFinder.isPossessive(name.norm()) && !name.in(RuleNameFinder.roleStarts())
          && !name.norm().endsWith("ه") ? phrase.substring(name.start(), name.end()) : null;
    }
    for (int size = Math.min(3, n - 1); size >= 2; size--) {
      Word first = words.get(n - size);
      Word before = words.get(n - size - 1);
      boolean given = gazetteer.isGivenName(first.norm());
      if (first.afterPunctuation() || !nameLike(first) || RuleNameFinder.isPossessive(first.norm()) || first.in(RuleNameFinder.roleStarts())
          || ((size == 3 || first.norm().endsWith("ه")) && !given)
          || (first.norm().startsWith("ل") && RuleNameFinder.isOrgWord(first.norm().substring(1)))
          || !(closesRole(before) || (given && size == 2))) {
        continue;
      }
      boolean rest = true;
      for (int k = n - size + 1; k < n && rest; k++) {
        Word x = words.get(k);
        rest = !x.afterPunctuation() && !x.in(RuleNameFinder.roleStarts()) && !RuleNameFinder.isPossessive(x.norm())
            && (nameLike(x) || familyName(x));
      }
      if (rest) {
        return phrase.substring(first.start(), words.get(n - 1).end());
      }
    }
    return null;
  }

  /**
   * A speaker phrase that is one family name shaped like an adjective of origin, with the article
   * ("وقال النعيمي"): the phrase itself, or null. Not an adjective of a country or place (الروسي،
   * السوداني، السعودي، الشامي), a doer or an adjective of the pattern فاعل (القاضي، الحالي), a word
   * written with ى (المستشفى), a role, a stop word or a word of organisations.
   */
  String familyNameAlone(String phrase) {
    List<Word> words = WordSpans.of(phrase);
    if (words.size() != 1) {
      return null;
    }
    Word w = words.get(0);
    String n = w.norm();
    if (!origin(w) || !w.text().equals(phrase.strip()) || !w.text().endsWith("ي") || NOT_PEOPLE.contains(n.substring(2))
        || (n.length() == 6 && n.charAt(3) == 'ا')) {
      return null; // المستشفى; الحالي، الثاني، القاضي: adjectives and doers, not families
    }
    String stem = n.substring(2, n.length() - 1);
    for (String place : new String[] {stem, stem + "يا", stem + "ا", "ال" + stem, stem + "ه", "ال" + stem + "يه"}) { // السعوديه
      if (gazetteer.byKey(Gazetteer.Kind.PLACE, place).isPresent()) {
        return null;
      }
    }
    return phrase.strip();
  }

  /** An adjective of origin with the article (الإسباني، المصري), which no role or list word is. */
  private boolean origin(Word w) {
    String n = w.norm();
    return n.startsWith("ال") && n.endsWith("ي") && n.length() >= 6 && !w.in(RuleNameFinder.roleStarts())
        && !RuleNameFinder.isStopWord(n) && !RuleNameFinder.isOrgWord(n) && !gazetteer.isGivenName(n);
  }

  /**
   * A family name with the article (العلي، الخليفي): not a stop word, a word of organisations, a
   * place, or a feminine word (السعودية in "أرامكو السعودية" qualifies a company).
   */
  private boolean familyName(Word x) {
    String n = x.norm();
    return n.startsWith("ال") && n.length() >= 5 && !RuleNameFinder.isStopWord(n) && !RuleNameFinder.isOrgWord(n)
        && gazetteer.byKey(Gazetteer.Kind.PLACE, n).isEmpty() && !n.endsWith("يه") && !n.endsWith("ه");
  }

  /**
   * A role ends, and a name may start, after a word with the article, a role word or a place after
   * ب or ل (not "مسؤول إيراني رفيع").
   */
  private boolean closesRole(Word w) {
    String n = w.norm();
    return n.startsWith("ال") || n.startsWith("لل") || n.startsWith("بال") || w.in(RuleNameFinder.roleStarts())
        || (n.length() > 3 && "بل".indexOf(n.charAt(0)) >= 0
            && gazetteer.byKey(Gazetteer.Kind.PLACE, n.substring(1)).isPresent()); // "المدير الجهوي للصحة بصفاقس"
  }

  private boolean nameLike(Word w) {
    String x = w.norm();
    if (x.length() < 3 || x.startsWith("ال") || !x.chars().allMatch(c -> c >= '\u0621' && c <= '\u064a')) {
      return false;
    }
    if (x.startsWith("لل") || x.startsWith("بال") || x.startsWith("كال") || RuleNameFinder.isStopWord(x) || NOT_PEOPLE.contains(x) || RuleNameFinder.isOrgWord(x)
        || SpeechCues.isSpeechWord(w)) {
      return false;
    }
    String bare = "بل".indexOf(x.charAt(0)) >= 0 ? x.substring(1) : x; // بمكة، لموسكو
    return gazetteer.byKey(Gazetteer.Kind.PLACE, x).isEmpty() && gazetteer.byKey(Gazetteer.Kind.PLACE, bare).isEmpty()
        && gazetteer.outletByKey(x).isEmpty() && gazetteer.byKey(Gazetteer.Kind.AGENCY, x).isEmpty();
  }
}
