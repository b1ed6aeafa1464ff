package org.malaff.model;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What an article says about where it comes from. Every field may be {@code null} when the article
 * does not state it. Text fields hold the words exactly as the article shows them.
 *
 * @param source the outlet: newspaper, site or channel (المدى)
 * @param section a section of the outlet (الاخبار المحلية)
 * @param author the writer or poster (بهية مارديني)
 * @param place the dateline city (موسكو)
 * @param agency the wire agency credited (أ.ف.ب، وكالات)
 * @param date the publication date
 * @param time the publication time, minutes precision
 * @param code a wire code printed with the article (AZP02)
 */
public record Byline(
    String source,
    String section,
    String author,
    String place,
    String agency,
    LocalDate date,
    LocalTime time,
    String code) {

  /** A byline that states nothing. */
  public static final Byline EMPTY = new Byline(null, null, null, null, null, null, null, null);

  /** True when no field is stated. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /**
   * Returns a byline with this one's fields, each missing one taken from {@code other}. The first
   * statement of a field wins: an article's head is read before its tail.
   */
  public Byline orElse(Byline other) {
    return new Byline(
        source != null ? source : other.source,
        section != null ? section : other.section,
        author != null ? author : other.author,
        place != null ? place : other.place,
        agency != null ? agency : other.agency,
        date != null ? date : other.date,
        time != null ? time : other.time,
        code != null ? code : other.code);
  }

  public static Byline ofSource(String source) {
    return EMPTY.withSource(source);
  }

  public Byline withSource(String value) {
    return new Byline(value, section, author, place, agency, date, time, code);
  }

  public Byline withSection(String value) {
    return new Byline(source, value, author, place, agency, date, time, code);
  }

  public Byline withAuthor(String value) {
    return new Byline(source, section, value, place, agency, date, time, code);
  }

  public Byline withPlace(String value) {
    return new Byline(source, section, author, value, agency, date, time, code);
  }

  public Byline withAgency(String value) {
    return new Byline(source, section, author, place, value, date, time, code);
  }

  public Byline withDate(LocalDate value) {
    return new Byline(source, section, author, place, agency, value, time, code);
  }

  public Byline withTime(LocalTime value) {
    return new Byline(source, section, author, place, agency, date, value, code);
  }

  public Byline withCode(String value) {
    return new Byline(source, section, author, place, agency, date, time, value);
  }
}
