package org.malaff.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Month and weekday names as they are written in Arabic news, keyed by their {@link MatchKey}.
 *
 * <p>Gregorian months have three series: the Egyptian and Gulf one taken from Latin (يناير …
 * ديسمبر, with يونيه/يوليه and hamza-less spellings), the Levantine one from Syriac (كانون الثاني
 * … كانون الأول, with and without the article: تشرين أول), and the Maghrebi ones (جانفي, فيفري,
 * أفريل, جوان, جويلية, أوت; يوليوز, غشت, شتنبر, نونبر, دجنبر). Hijri months are محرم … ذو الحجة with
 * their common variants (ذي الحجة, جمادى الآخرة, ربيع الآخر).
 */
final class MonthNames {
  private static final Map<String, Integer> GREGORIAN = new HashMap<>();
  private static final Map<String, Integer> HIJRI = new HashMap<>();
  private static final Map<String, Integer> WEEKDAYS = new HashMap<>();

  static {
    gregorian(1, "يناير", "كانون الثاني", "كانون ثاني", "جانفي", "جانفييه");
    gregorian(2, "فبراير", "شباط", "فيفري", "فبرير");
    gregorian(3, "مارس", "آذار", "اذار");
    gregorian(4, "أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "افريل");
    gregorian(5, "مايو", "أيار", "ايار", "ماي", "مايس");
    gregorian(6, "يونيو", "يونيه", "حزيران", "جوان");
    gregorian(7, "يوليو", "يوليه", "تموز", "جويلية", "جويلييه", "يوليوز");
    gregorian(8, "أغسطس", "اغسطس", "آب", "أوت", "اوت", "غشت");
    gregorian(9, "سبتمبر", "أيلول", "ايلول", "شتنبر");
    gregorian(10, "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين أول", "تشرين الاول", "تشرين اول");
    gregorian(11, "نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر");
    gregorian(12, "ديسمبر", "كانون الأول", "كانون أول", "كانون الاول", "دجنبر", "دیسمبر");
    hijri(1, "محرم", "المحرم");
    hijri(2, "صفر");
    hijri(3, "ربيع الأول", "ربيع الاول", "ربيع أول");
    hijri(4, "ربيع الثاني", "ربيع الآخر", "ربيع الاخر", "ربيع ثاني");
    hijri(5, "جمادى الأولى", "جمادى الاولى", "جمادى الأول", "جمادي الاولي", "جمادى الأول");
    hijri(6, "جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "جمادى الآخر", "جمادي الاخره");
    hijri(7, "رجب");
    hijri(8, "شعبان");
    hijri(9, "رمضان");
    hijri(10, "شوال");
    hijri(11, "ذو القعدة", "ذي القعدة", "ذو القعده");
    hijri(12, "ذو الحجة", "ذي الحجة", "ذو الحجه");
    weekday(7, "الأحد", "الاحد", "أحد");
    weekday(1, "الاثنين", "الإثنين", "اثنين", "الأثنين");
    weekday(2, "الثلاثاء", "ثلاثاء");
    weekday(3, "الأربعاء", "الاربعاء", "أربعاء");
    weekday(4, "الخميس", "خميس");
    weekday(5, "الجمعة", "جمعة");
    weekday(6, "السبت", "سبت");
  }

  private MonthNames() {}

  private static void gregorian(int month, String... names) {
    for (String name : names) {
      GREGORIAN.put(MatchKey.of(name), month);
    }
  }

  private static void hijri(int month, String... names) {
    for (String name : names) {
      HIJRI.put(MatchKey.of(name), month);
    }
  }

  private static void weekday(int isoDay, String... names) {
    for (String name : names) {
      WEEKDAYS.put(MatchKey.of(name), isoDay);
    }
  }

  /** The Gregorian month (1-12) named by a match key, or 0. */
  static int gregorian(String key) {
    return GREGORIAN.getOrDefault(key, 0);
  }

  /** The Hijri month (1-12) named by a match key, or 0. */
  static int hijri(String key) {
    return HIJRI.getOrDefault(key, 0);
  }

  /** The ISO day of week (1 = Monday) named by a match key, or 0. */
  static int weekday(String key) {
    return WEEKDAYS.getOrDefault(key, 0);
  }
}
