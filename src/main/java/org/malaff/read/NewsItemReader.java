package org.malaff.read;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.malaff.ingest.NewsItem;
import org.malaff.model.Article;
import org.malaff.model.Block;
import org.malaff.model.Byline;
import org.malaff.text.ArabicDateReader;
import org.malaff.text.DateMention;
import org.malaff.text.Whitespace;

/**
 * Turns a news item into an {@link Article}: the outlet named by its canonical Arabic name when
 * the gazetteer knows the file's code for it ({@code aawsat} → الشرق الأوسط), the author field
 * read as a byline ({@code لندن: رنيم حنوش} gives place and author), the date field read as a date
 * and time, the content cut into paragraphs at line breaks. The id is the URL, else the item's
 * place in its file.
 */
public final class NewsItemReader {
  private final Gazetteer gazetteer;
  private final BylineLineReader lines;

  public NewsItemReader(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.lines = new BylineLineReader(gazetteer);
  }

  public Article read(NewsItem item, int n) {
    Byline byline = Byline.EMPTY;
    if (item.source() != null) {
      String source = gazetteer.lookup(Gazetteer.Kind.OUTLET, item.source()).map(Gazetteer.Entry::canonical)
          .or(() -> gazetteer.lookup(Gazetteer.Kind.AGENCY, item.source()).map(Gazetteer.Entry::canonical))
          .orElse(Whitespace.trim(item.source()));
      byline = byline.withSource(source);
    }
    if (item.author() != null) {
      String author = Whitespace.trim(item.author());
      Optional<Byline> read = lines.read(author, null).map(LineReading::byline)
          .filter(b -> b.author() != null || b.place() != null);
      byline = read.map(b -> new Byline(null, null, b.author(), b.place(), b.agency(), null, null, null))
          .orElse(Byline.EMPTY.withAuthor(author)).orElse(byline).withSource(byline.source());
    }
    if (item.date() != null) {
      List<DateMention> dates = ArabicDateReader.find(item.date(), null);
      if (!dates.isEmpty() && dates.get(0).date() != null) {
        LocalDate d = dates.get(0).date();
        LocalTime t = dates.get(0).time();
        byline = byline.withDate(d).withTime(t);
      }
    }
    List<String> lines = new ArrayList<>();
    if (item.content() != null) {
      for (String p : item.content().split("\r\n|\r|\n")) {
        String t = Whitespace.trim(org.malaff.text.ControlCharacters.strip(p));
        if (!t.isEmpty()) {
          lines.add(t);
        }
      }
    }
    List<Block> body = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      body.add(SubheadingRule.isSubheading(lines.get(i), next) ? Block.subheading(lines.get(i)) : Block.paragraph(lines.get(i)));
    }
    String id = item.url() != null ? item.url() : item.where();
    String headline = item.title() == null ? "" : Whitespace.trim(org.malaff.text.ControlCharacters.strip(item.title()));
    return new Article(id, n, headline, byline, body, 0);
  }
}
