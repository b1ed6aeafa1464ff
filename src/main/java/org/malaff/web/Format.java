package org.malaff.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.malaff.model.Byline;

/** How the site writes dates, bylines and the paths of people: small pure helpers the templates call. */
public final class Format {
  private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
      "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};

  private Format() {}

  /** 20 نوفمبر 2013; empty for no date. */
  public static String date(LocalDate d) {
    return d == null ? "" : d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  /** ISO-8601 for {@code datetime} attributes and forms; empty for no date. */
  public static String iso(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** نوفمبر 2013; "بلا تاريخ" for none. */
  public static String month(YearMonth m) {
    return m == null ? "بلا تاريخ" : MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
  }

  /** Outlet · author · place · agency · date, as far as the article states them. */
  public static String byline(Byline b) {
    List<String> parts = new ArrayList<>();
    for (String s : new String[] {b.source(), b.author(), b.place(), b.agency()}) {
      if (s != null && !s.isBlank()) {
        parts.add(s);
      }
    }
    if (b.date() != null) {
      parts.add(date(b.date()));
    }
    return String.join(" · ", parts);
  }

  /** The page of a person: /people/ and the name key of their entity key, encoded as a path segment. */
  public static String personPath(String entityKey) {
    String key = entityKey.startsWith("person:") ? entityKey.substring("person:".length()) : entityKey;
    return "/people/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The search page for these filters, page {@code page} (1-based). */
  public static String searchPath(Views.SearchForm f, int page) {
    StringBuilder b = new StringBuilder("/search?q=").append(enc(f.q()));
    String[][] more = {{"source", f.source()}, {"person", f.person()}, {"from", f.from()}, {"to", f.to()}};
    for (String[] m : more) {
      if (m[1] != null) {
        b.append('&').append(m[0]).append('=').append(enc(m[1]));
      }
    }
    if ("date".equals(f.order())) {
      b.append("&order=date");
    }
    if (page > 1) {
      b.append("&page=").append(page);
    }
    return b.toString();
  }

  private static String enc(String s) {
    return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** "مقال واحد", "مقالان", "3 مقالات", "20 مقالاً", "100 مقال": the count with the noun as Arabic agrees it. */
  public static String articles(long n) {
    if (n == 1) {
      return "مقال واحد";
    }
    if (n == 2) {
      return "مقالان";
    }
    long lastTwo = n % 100;
    if (lastTwo >= 3 && lastTwo <= 10) {
      return n + " مقالات";
    }
    if (lastTwo >= 11 && lastTwo <= 99) {
      return n + " مقالاً";
    }
    return n + " مقال";
  }

  /** A link to where an article was published, only when it is an http(s) URL; otherwise null. */
  public static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip().toLowerCase(java.util.Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : null;
  }
}
