package org.malaff.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.List;
import org.malaff.text.DateMention.Calendar;

/**
 * Finds dates and times written in Arabic text.
 *
 * <p>Rules, each with its own test:
 *
 * <ul>
 *   <li>numeric dates, year first ({@code 2013-11-19}) or day first ({@code 21.11.2013}, {@code 17
 *       / 11 / 2013}), with ASCII, Arabic-Indic or Persian digits;
 *   <li>a day, a month name of any series in {@link MonthNames}, optionally a second name for the
 *       same month ({@code 25 نوفمبر تشرين الثاني}, {@code 11 تشرين الثاني/نوفمبر}) and a year,
 *       separated by spaces or commas ({@code 19 تشرين الثاني , 2013});
 *   <li>a missing year is taken from the reference date: the latest year that does not put the
 *       date more than 60 days after it (a dossier of 2 January reads "30 ديسمبر" as last year);
 *   <li>Hijri dates ({@code 13 محرم 1435}) are converted with the Umm al-Qura calendar of {@code
 *       java.time}; ICU's civil Islamic calendar can be a day later;
 *   <li>a weekday before a date ({@code الأربعاء, 20 نوفمبر 2013}) is part of the mention;
 *   <li>a time {@code HH:MM} or {@code HH:MM:SS} after a date is its time; alone it is a {@link
 *       Calendar#TIME_ONLY} mention;
 *   <li>{@code أمس} and {@code أول أمس} are the day and two days before the reference date.
 * </ul>
 *
 * Impossible dates (31 شباط) are not mentions. Offsets in the results point into the original
 * text.
 */
public final class ArabicDateReader {
  private static final int MAX_DAYS_AHEAD = 60;

  private ArabicDateReader() {}

  /**
   * Finds every date and time in {@code text}.
   *
   * @param reference the date that fills in missing years and relative days; may be {@code null},
   *     and then such dates are not reported
   */
  public static List<DateMention> find(String text, LocalDate reference) {
    FoldedText folded = FoldedText.of(text);
    List<Token> tokens = Token.split(folded.folded());
    List<DateMention> found = new ArrayList<>(2);
    int i = 0;
    while (i < tokens.size()) {
      Match m = readDate(tokens, i, reference);
      if (m == null) {
        m = readTime(tokens, i, null, Calendar.TIME_ONLY, i);
      }
      if (m == null) {
        i++;
        continue;
      }
      int first = m.first;
      if (m.calendar != Calendar.TIME_ONLY && m.calendar != Calendar.RELATIVE) {
        first = withWeekdayBefore(tokens, first);
        Match timed = timeAfter(tokens, m);
        if (timed != null) {
          m = new Match(m.date, timed.time, m.calendar, m.first, timed.next);
        }
      }
      int start = folded.origin()[tokens.get(first).start()];
      int end = folded.origin()[tokens.get(m.next - 1).end() - 1] + 1;
      found.add(new DateMention(m.date, m.time, m.calendar, start, end));
      i = m.next;
    }
    return found;
  }

  /** True when {@code word} (any spelling) is the name of a day of the week. */
  public static boolean isWeekday(String word) {
    return MonthNames.weekday(MatchKey.of(word)) != 0;
  }

  private record Match(
      LocalDate date, LocalTime time, Calendar calendar, int first, int next) {}

  private static Match readDate(List<Token> t, int i, LocalDate reference) {
    Match m = readYearFirst(t, i);
    if (m == null) {
      m = readDayFirst(t, i);
    }
    if (m == null) {
      m = readNamed(t, i, reference);
    }
    if (m == null) {
      m = readRelative(t, i, reference);
    }
    return m;
  }

  private static Match readYearFirst(List<Token> t, int i) {
    if (!numberAt(t, i, 4, 4)
        || !dateSeparatorAt(t, i + 1)
        || !numberAt(t, i + 2, 1, 2)
        || !sameCharAt(t, i + 3, t.get(i + 1))
        || !numberAt(t, i + 4, 1, 2)) {
      return null;
    }
    LocalDate d = gregorian(t.get(i).number(), t.get(i + 2).number(), t.get(i + 4).number());
    return d == null ? null : new Match(d, null, Calendar.NUMERIC, i, i + 5);
  }

  private static Match readDayFirst(List<Token> t, int i) {
    if (!numberAt(t, i, 1, 2)
        || !dateSeparatorAt(t, i + 1)
        || !numberAt(t, i + 2, 1, 2)
        || !sameCharAt(t, i + 3, t.get(i + 1))
        || !numberAt(t, i + 4, 4, 4)) {
      return null;
    }
    LocalDate d = gregorian(t.get(i + 4).number(), t.get(i + 2).number(), t.get(i).number());
    return d == null ? null : new Match(d, null, Calendar.NUMERIC, i, i + 5);
  }

  private static Match readNamed(List<Token> t, int i, LocalDate reference) {
    if (!numberAt(t, i, 1, 2)) {
      return null;
    }
    int j = i + 1;
    if (punctAt(t, j, "-")) {
      j++;
    }
    MonthAt month = monthAt(t, j);
    if (month == null) {
      return null;
    }
    j = month.next;
    // a second name of the same month: "تشرين الثاني/نوفمبر", "ديسمبر (كانون الأول)"
    int k = punctAt(t, j, "/(-") ? j + 1 : j;
    MonthAt alias = monthAt(t, k);
    if (alias != null && alias.hijri == month.hijri) {
      j = punctAt(t, alias.next, ")") ? alias.next + 1 : alias.next;
    }
    int y = punctAt(t, j, ",،") ? j + 1 : j;
    int day = t.get(i).number();
    Integer year = numberAt(t, y, 4, 4) ? t.get(y).number() : null;
    if (year != null) {
      j = y + 1;
      if (wordAt(t, j, "ه") || wordAt(t, j, "م")) {
        j++;
      }
    }
    LocalDate d;
    if (month.hijri) {
      d = year == null ? null : hijri(year, month.month, day);
    } else {
      d = year == null ? inferYear(month.month, day, reference) : gregorian(year, month.month, day);
    }
    return d == null ? null : new Match(d, null, month.hijri ? Calendar.HIJRI : Calendar.GREGORIAN, i, j);
  }

  private static Match readRelative(List<Token> t, int i, LocalDate reference) {
    if (reference == null) {
      return null;
    }
    if (wordAt(t, i, "امس")) {
      return new Match(reference.minusDays(1), null, Calendar.RELATIVE, i, i + 1);
    }
    if (wordAt(t, i, "اول")) {
      int j = wordAt(t, i + 1, "من") ? i + 2 : i + 1;
      if (wordAt(t, j, "امس")) {
        return new Match(reference.minusDays(2), null, Calendar.RELATIVE, i, j + 1);
      }
    }
    return null;
  }

  private static Match timeAfter(List<Token> t, Match m) {
    int j = m.next;
    if (punctAt(t, j, ",،-|")) {
      j++;
    }
    if (wordAt(t, j, "الساعه")) {
      j++;
    }
    return readTime(t, j, m.date, m.calendar, m.first);
  }

  private static Match readTime(List<Token> t, int i, LocalDate date, Calendar cal, int first) {
    if (!numberAt(t, i, 1, 2) || !punctAt(t, i + 1, ":") || !numberAt(t, i + 2, 2, 2)) {
      return null;
    }
    int hour = t.get(i).number();
    int minute = t.get(i + 2).number();
    int next = i + 3;
    if (punctAt(t, next, ":") && numberAt(t, next + 1, 2, 2)) {
      next += 2;
    }
    if (hour > 23 || minute > 59) {
      return null;
    }
    return new Match(date, LocalTime.of(hour, minute), cal, first, next);
  }

  private static int withWeekdayBefore(List<Token> t, int first) {
    int j = first - 1;
    if (punctAt(t, j, ",،-")) {
      j--;
    }
    if (j >= 0 && t.get(j).isWord() && MonthNames.weekday(t.get(j).text()) != 0) {
      return wordAt(t, j - 1, "يوم") ? j - 1 : j;
    }
    return first;
  }

  private record MonthAt(int month, boolean hijri, int next) {}

  private static MonthAt monthAt(List<Token> t, int j) {
    if (j >= t.size() || !t.get(j).isWord()) {
      return null;
    }
    if (j + 1 < t.size() && t.get(j + 1).isWord()) {
      String two = t.get(j).text() + ' ' + t.get(j + 1).text();
      int g = MonthNames.gregorian(two);
      if (g != 0) {
        return new MonthAt(g, false, j + 2);
      }
      int h = MonthNames.hijri(two);
      if (h != 0) {
        return new MonthAt(h, true, j + 2);
      }
    }
    String one = t.get(j).text();
    int g = MonthNames.gregorian(one);
    if (g != 0) {
      return new MonthAt(g, false, j + 1);
    }
    int h = MonthNames.hijri(one);
    return h != 0 ? new MonthAt(h, true, j + 1) : null;
  }

  private static LocalDate inferYear(int month, int day, LocalDate reference) {
    if (reference == null) {
      return null;
    }
    LocalDate d = gregorian(reference.getYear(), month, day);
    if (d == null) {
      d = gregorian(reference.getYear() - 1, month, day); // 29 February
      return d;
    }
    return d.isAfter(reference.plusDays(MAX_DAYS_AHEAD)) ? gregorian(reference.getYear() - 1, month, day) : d;
  }

  private static LocalDate gregorian(int year, int month, int day) {
    if (year < 1800 || year > 2200) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate hijri(int year, int month, int day) {
    try {
      return LocalDate.from(HijrahDate.of(year, month, day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean numberAt(List<Token> t, int i, int minDigits, int maxDigits) {
    if (i < 0 || i >= t.size() || !t.get(i).isNumber()) {
      return false;
    }
    int len = t.get(i).end() - t.get(i).start();
    return len >= minDigits && len <= maxDigits;
  }

  private static boolean dateSeparatorAt(List<Token> t, int i) {
    return punctAt(t, i, "-/.");
  }

  private static boolean sameCharAt(List<Token> t, int i, Token other) {
    return i < t.size() && t.get(i).isPunct() && t.get(i).text().equals(other.text());
  }

  private static boolean punctAt(List<Token> t, int i, String chars) {
    return i >= 0 && i < t.size() && t.get(i).isPunct() && chars.contains(t.get(i).text());
  }

  private static boolean wordAt(List<Token> t, int i, String word) {
    return i >= 0 && i < t.size() && t.get(i).isWord() && t.get(i).text().equals(word);
  }
}
