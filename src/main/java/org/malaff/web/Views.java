package org.malaff.web;

import java.time.LocalDate;
import java.util.List;
import org.malaff.archive.ArticleRef;
import org.malaff.archive.AttributedQuote;
import org.malaff.archive.SearchHit;
import org.malaff.model.Block;
import org.malaff.model.Byline;

/** What the templates show: immutable records built by the page handlers, nothing that reads the archive. */
public final class Views {
  private Views() {}

  /**
   * What every page shares: its title, the editor logged in (or null) with the session's CSRF token
   * for the logout form, the words in the search box, and the footer's credit line (or null).
   */
  public record Frame(String title, String editor, String csrf, String query, String credit) {
    public boolean editing() {
      return editor != null;
    }
  }

  /** A dossier in a list. */
  public record DossierCard(String id, String title, LocalDate date, String editor, int articles, boolean published) {}

  /** Dossiers of one month, or undated ones (month null). */
  public record Month(java.time.YearMonth month, List<DossierCard> dossiers) {}

  /** Another copy of an article, to link. */
  public record Copy(String id, String source, LocalDate date, String headline, String kind) {}

  /** An article as a dossier or its own page shows it. */
  public record Item(int n, String id, String headline, Byline byline, List<Block> body, List<Copy> alsoIn) {}

  /** A dossier page. */
  public record DossierPage(DossierCard card, List<Item> items) {}

  /** A person named in an article. */
  public record Named(String key, String name) {}

  /** A quote in an article, with who said it (or a description of an anonymous source). */
  public record Said(String speaker, String speakerKey, boolean direct, String text) {}

  /** An article's page. */
  public record ArticlePage(Item item, String url, List<Named> people, List<Said> quotes) {}

  /**
   * A person's page: what they said and where they are named, newest first, narrowed to the words
   * and dates asked for (null for none): "what did X say about Y this week".
   */
  public record PersonPage(String key, String name, String about, String from, String to, List<AttributedQuote> quotes,
      List<ArticleRef> articles) {
    public boolean narrowed() {
      return about != null || from != null || to != null;
    }
  }

  /** The search form as filled in. */
  public record SearchForm(String q, String source, String from, String to, String person, String order) {
    public boolean empty() {
      return blank(q) && blank(source) && blank(from) && blank(to) && blank(person);
    }

    /** Whether a filter beyond the words is set (the filters then show open). */
    public boolean narrowed() {
      return !blank(source) || !blank(from) || !blank(to) || !blank(person) || "date".equals(order);
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }

  /** A search hit, its snippet already cleaned to text and {@code <b>} marks. */
  public record Hit(String id, String headline, String source, LocalDate date, String snippet) {}

  /**
   * The search page: the form, one page of hits (or a message saying what was wrong with the
   * query), and the links to the pages before and after (null when there is none).
   */
  public record SearchPage(SearchForm form, long total, int first, List<Hit> hits, String error, String previous,
      String next) {
    public static SearchPage empty(SearchForm form, String error) {
      return new SearchPage(form, 0, 1, List.of(), error, null, null);
    }
  }
}
