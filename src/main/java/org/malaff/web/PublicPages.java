package org.malaff.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.malaff.archive.Archive;
import org.malaff.archive.ArticleRef;
import org.malaff.archive.AttributedQuote;
import org.malaff.archive.ArchiveException;
import org.malaff.archive.SearchHit;
import org.malaff.archive.SearchQuery;
import org.malaff.archive.SearchResult;
import org.malaff.archive.StoredArticle;
import org.malaff.archive.StoredDossier;
import org.malaff.archive.StoredLink;
import org.malaff.archive.StoredMention;
import org.malaff.compile.CompiledDossier;
import org.malaff.compile.StoredDossiers;
import org.malaff.format.DossierWriter;
import org.malaff.model.Article;
import org.malaff.model.Dossier;
import org.malaff.publish.AtomRenderer;
import org.malaff.publish.HtmlRenderer;
import org.malaff.publish.JsonRenderer;
import org.malaff.publish.PdfRenderer;
import org.malaff.text.ArabicNormalizer;

/** The pages readers see: home, dossiers by month, a dossier and its exports, an article, a person, search, the feed. */
final class PublicPages {
  private static final Safelist SNIPPET = Safelist.none().addTags("b");
  /** Hits a search page shows; the pages go on to {@value #MAX_PAGE}. */
  private static final int PAGE_SIZE = 10;
  private static final int MAX_PAGE = 100;
  private final Archive archive;
  private final Site site;

  PublicPages(Archive archive, Site site) {
    this.archive = archive;
    this.site = site;
  }

  void home(Context ctx) {
    cached(ctx, () -> {
      List<Views.DossierCard> latest = published().stream().limit(12).map(this::card).toList();
      return site.render("home.jte", Map.of("frame", site.frame(ctx, "الرئيسة", null), "dossiers", latest,
          "articles", archive.articleCount()));
    });
  }

  void dossiers(Context ctx) {
    cached(ctx, () -> {
      Map<YearMonth, List<Views.DossierCard>> byMonth = new LinkedHashMap<>();
      List<Views.DossierCard> undated = new ArrayList<>();
      for (StoredDossier d : published()) {
        if (d.date() == null) {
          undated.add(card(d));
        } else {
          byMonth.computeIfAbsent(YearMonth.from(d.date()), k -> new ArrayList<>()).add(card(d));
        }
      }
      List<Views.Month> months = new ArrayList<>();
      byMonth.forEach((m, list) -> months.add(new Views.Month(m, list)));
      if (!undated.isEmpty()) {
        months.add(new Views.Month(null, undated));
      }
      return site.render("dossiers.jte", Map.of("frame", site.frame(ctx, "ملفات المركز", null), "months", months));
    });
  }

  /** {@code /dossiers/{id}} and its exports {@code .txt .html .json .pdf}. */
  void dossier(Context ctx) {
    String file = ctx.pathParam("file");
    int dot = file.lastIndexOf('.');
    String id = dot < 0 ? file : file.substring(0, dot);
    String ext = dot < 0 ? "" : file.substring(dot + 1);
    StoredDossier d = archive.dossier(id).filter(x -> x.published() || site.editing(ctx))
        .orElseThrow(() -> Refusal.notFound("لا يوجد ملف منشور بهذا الرقم."));
    switch (ext) {
      case "" -> cached(ctx, () -> site.render("dossier.jte", Map.of("frame", site.frame(ctx, title(d), null),
          "page", dossierPage(d))));
      case "txt" -> ctx.contentType("text/plain; charset=utf-8").result(DossierWriter.write(StoredDossiers.folded(archive, d).dossier()));
      case "json" -> ctx.contentType("application/json; charset=utf-8")
          .result(JsonRenderer.render(StoredDossiers.folded(archive, d).dossier()) + "\n");
      case "html" -> {
        // a self-contained page with its own style element: allowed here, and still no script
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "frame-ancestors 'none'");
        Site.html(ctx, HtmlRenderer.render(StoredDossiers.folded(archive, d).dossier()));
      }
      case "pdf" -> {
        ctx.header("Content-Disposition", "inline; filename=\"" + d.id() + ".pdf\"");
        ctx.contentType("application/pdf").result(PdfRenderer.render(StoredDossiers.folded(archive, d).dossier()));
      }
      default -> throw Refusal.notFound("لا يُصدَّر الملف بهذه الصيغة: النص (.txt) وHTML وJSON وPDF فقط.");
    }
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    cached(ctx, () -> {
      StoredArticle s = archive.article(id).orElseThrow(() -> Refusal.notFound("لا يوجد مقال بهذا الرقم."));
      Map<String, Views.Named> people = new LinkedHashMap<>();
      for (StoredMention m : archive.mentions(id)) {
        if (m.entityKey().startsWith("person:")) {
          people.putIfAbsent(m.entityKey(), new Views.Named(m.entityKey(), m.entityName()));
        }
      }
      List<Views.Said> quotes = archive.quotes(id).stream().map(q -> new Views.Said(q.speakerText(),
          q.speakerKey() != null && q.speakerKey().startsWith("person:") ? q.speakerKey() : null, q.direct(), q.text()))
          .toList();
      Views.Item item = item(s.article(), 0, s.id(), copies(s.id(), List.of()));
      Views.ArticlePage page = new Views.ArticlePage(item, Format.safeUrl(s.url()), List.copyOf(people.values()), quotes);
      return site.render("article.jte", Map.of("frame", site.frame(ctx, s.article().headline(), null), "page", page));
    });
  }

  /** A person's quotes and the articles naming them; {@code about}, {@code from} and {@code to} narrow both. */
  void person(Context ctx) {
    String key = "person:" + ctx.pathParam("key");
    String about = param(ctx, "about");
    String from = param(ctx, "from");
    String to = param(ctx, "to");
    LocalDate first;
    LocalDate last;
    try {
      first = from == null ? null : LocalDate.parse(from);
      last = to == null ? null : LocalDate.parse(to);
    } catch (DateTimeParseException e) {
      throw new Refusal(400, "التاريخ يُكتب هكذا: 2015-08-10");
    }
    cached(ctx, () -> {
      var entity = archive.entity(key).orElseThrow(() -> Refusal.notFound("لا يوجد شخص بهذا الاسم في الأرشيف."));
      List<String> words = about == null ? List.of()
          : List.of(ArabicNormalizer.normalize(about, ArabicNormalizer.Level.STANDARD).split("\\s+"));
      List<AttributedQuote> quotes = archive.quotesBy(key, 2000).stream()
          .filter(q -> within(q.article().date(), first, last))
          .filter(q -> says(q.quote().text(), words)).limit(300).toList();
      List<ArticleRef> articles = archive.articlesNaming(key, 2000).stream()
          .filter(a -> within(a.date(), first, last)).limit(300).toList();
      Views.PersonPage page = new Views.PersonPage(key, entity.name(), about, from, to, quotes, articles);
      return site.render("person.jte", Map.of("frame", site.frame(ctx, entity.name(), null), "page", page));
    });
  }

  private static boolean within(LocalDate d, LocalDate first, LocalDate last) {
    return (first == null && last == null)
        || (d != null && (first == null || !d.isBefore(first)) && (last == null || !d.isAfter(last)));
  }

  /** Whether a quote holds every word asked for, compared in normalized form (ال and و attached still match). */
  private static boolean says(String text, List<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    String t = ArabicNormalizer.normalize(text, ArabicNormalizer.Level.STANDARD);
    return words.stream().allMatch(t::contains);
  }

  void search(Context ctx) {
    Views.SearchForm form = new Views.SearchForm(param(ctx, "q"), param(ctx, "source"), param(ctx, "from"),
        param(ctx, "to"), param(ctx, "person"), "date".equals(ctx.queryParam("order")) ? "date" : "relevance");
    Views.SearchPage page;
    if (form.empty()) {
      page = Views.SearchPage.empty(form, null);
    } else {
      page = run(form, pageNumber(ctx));
      if (page.error() != null) {
        ctx.status(400);
      }
    }
    String title = form.q() == null ? "بحث" : "بحث: " + form.q();
    Site.html(ctx, site.render("search.jte", Map.of("frame", site.frame(ctx, title, form.q()), "page", page)));
  }

  void feed(Context ctx) {
    String base = ctx.scheme() + "://" + ctx.host();
    List<AtomRenderer.Entry> entries = new ArrayList<>();
    for (StoredDossier d : archive.dossiers()) {
      if (d.published() && entries.size() < 50) {
        List<String> headlines = new ArrayList<>();
        for (String id : d.articleIds()) {
          archive.article(id).ifPresent(a -> headlines.add(a.article().headline()));
        }
        entries.add(new AtomRenderer.Entry(d.id(), d.title(), d.date(), d.editor(), headlines));
      }
    }
    ctx.contentType("application/atom+xml; charset=utf-8").result(AtomRenderer.render(base, "ملفات المركز", entries));
  }

  // ---- views

  private static int pageNumber(Context ctx) {
    try {
      return Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(ctx.queryParam("page") == null ? "1" : ctx.queryParam("page"))));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private Views.SearchPage run(Views.SearchForm form, int pageNumber) {
    LocalDate from;
    LocalDate to;
    try {
      from = form.from() == null ? null : LocalDate.parse(form.from());
      to = form.to() == null ? null : LocalDate.parse(form.to());
    } catch (DateTimeParseException e) {
      return Views.SearchPage.empty(form, "التاريخ يُكتب هكذا: 2015-08-10");
    }
    SearchQuery q = new SearchQuery(form.q(), form.source(), from, to, form.person(),
        "date".equals(form.order()) ? SearchQuery.Order.DATE : SearchQuery.Order.RELEVANCE, PAGE_SIZE,
        (pageNumber - 1) * PAGE_SIZE);
    try {
      SearchResult r = archive.search(q);
      List<Views.Hit> hits = new ArrayList<>();
      for (SearchHit h : r.hits()) {
        hits.add(new Views.Hit(h.id(), h.headline(), h.source(), h.date(), Jsoup.clean(h.snippet(), SNIPPET)));
      }
      String previous = pageNumber > 1 ? Format.searchPath(form, pageNumber - 1) : null;
      String next = (long) pageNumber * PAGE_SIZE < r.total() && pageNumber < MAX_PAGE
          ? Format.searchPath(form, pageNumber + 1) : null;
      return new Views.SearchPage(form, r.total(), (pageNumber - 1) * PAGE_SIZE + 1, hits, null, previous, next);
    } catch (ArchiveException | IllegalArgumentException | IllegalStateException e) {
      return Views.SearchPage.empty(form, "تعذّر فهم عبارة البحث؛ جرّب كلمات أبسط.");
    }
  }

  private Views.DossierPage dossierPage(StoredDossier d) {
    CompiledDossier c = StoredDossiers.folded(archive, d);
    List<Views.Item> items = new ArrayList<>();
    for (Article a : c.dossier().articles()) {
      List<String> others = c.alsoIn().getOrDefault(a.id(), List.of());
      items.add(item(a, a.n(), a.id(), copies(a.id(), others)));
    }
    return new Views.DossierPage(card(d), items);
  }

  /** The other copies of an article: those folded under it in a dossier, then any other it is linked to. */
  private List<Views.Copy> copies(String id, List<String> folded) {
    Map<String, String> kinds = new LinkedHashMap<>();
    folded.forEach(o -> kinds.put(o, null));
    for (StoredLink l : archive.links(id)) {
      String other = l.a().equals(id) ? l.b() : l.a();
      kinds.put(other, l.kind());
    }
    List<Views.Copy> out = new ArrayList<>();
    kinds.forEach((other, kind) -> archive.article(other).ifPresent(o -> out.add(new Views.Copy(other,
        o.article().byline().source(), o.article().byline().date(), o.article().headline(), kind))));
    return out;
  }

  private static Views.Item item(Article a, int n, String id, List<Views.Copy> copies) {
    return new Views.Item(n, id, a.headline(), a.byline(), a.body(), copies);
  }

  private Views.DossierCard card(StoredDossier d) {
    return new Views.DossierCard(d.id(), title(d), d.date(), d.editor(), d.articleIds().size(), d.published());
  }

  private static String title(StoredDossier d) {
    return d.title() == null ? "ملف بلا عنوان" : d.title();
  }

  private List<StoredDossier> published() {
    return archive.dossiers().stream().filter(StoredDossier::published).toList();
  }

  /** Serves a page from the cache to readers; editors (who see drafts and their own header) get it fresh. */
  private void cached(Context ctx, java.util.function.Supplier<String> render) {
    if (site.editing(ctx)) {
      Site.html(ctx, render.get());
      return;
    }
    String key = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    byte[] page = site.cache().get(key, () -> render.get().getBytes(StandardCharsets.UTF_8));
    ctx.contentType(Site.HTML).result(page);
  }

  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
