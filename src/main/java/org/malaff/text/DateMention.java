package org.malaff.text;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A date, a time or both, found in a text.
 *
 * @param date the date in the Gregorian calendar, or {@code null} for a bare time
 * @param time the time of day, or {@code null}
 * @param calendar how the date was written
 * @param start where the mention starts in the original text
 * @param end where it ends (exclusive) in the original text
 */
public record DateMention(LocalDate date, LocalTime time, Calendar calendar, int start, int end) {

  /** How a date was written. */
  public enum Calendar {
    /** Digits, such as 2013-11-19 or 17/11/2013. */
    NUMERIC,
    /** A Gregorian month name of any series (نوفمبر, تشرين الثاني, نونبر). */
    GREGORIAN,
    /** A Hijri month name (محرم); the date is converted with the Umm al-Qura calendar. */
    HIJRI,
    /** A relative day (أمس, اليوم), resolved against a reference date. */
    RELATIVE,
    /** A time of day alone. */
    TIME_ONLY
  }
}
