package org.malaff.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malaff.archive.Archive;
import org.malaff.archive.EditorPasswords;
import org.malaff.archive.ImportSource;
import org.malaff.archive.Importer;
import org.malaff.archive.SearchQuery;
import org.malaff.archive.StoredArticle;
import org.malaff.archive.StoredDossier;
import org.malaff.format.DossierReader;
import org.malaff.model.Article;
import org.malaff.model.Dossier;

/**
 * The editor: login and logout, a dashboard of every dossier, composing a dossier from a search,
 * editing it (title, date, order, removing, adding an article by pasting its text) and publishing
 * or withdrawing it. {@link Site} lets no request in here without a logged-in editor, and no
 * state-changing one without the session's CSRF token.
 */
final class EditorPages {
  /** A bcrypt hash of nothing anyone types: checked when the name is unknown, so both cases take as long. */
  private static final String NO_ONE = EditorPasswords.hash("no editor has this password".toCharArray());
  private static final int MAX_TITLE = 200;
  private final Archive archive;
  private final Site site;
  private final LoginThrottle throttle;
  private final SecureRandom random = new SecureRandom();

  EditorPages(Archive archive, Site site, LoginThrottle throttle) {
    this.archive = archive;
    this.site = site;
    this.throttle = throttle;
  }

  void loginForm(Context ctx) {
    if (site.editing(ctx)) {
      ctx.redirect("/editor/", HttpStatus.SEE_OTHER);
      return;
    }
    loginPage(ctx, site.sessions().anonymous(ctx).csrf(), null, null);
  }

  void logIn(Context ctx) {
    long wait = throttle.waitSeconds(ctx.ip());
    if (wait > 0) {
      ctx.header("Retry-After", Long.toString(wait));
      throw new Refusal(429, "محاولات دخول فاشلة كثيرة من هذا العنوان: انتظر " + wait + " ثانية ثم أعد المحاولة.");
    }
    String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
    String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
    String hash = archive.editorPasswordHash(name).orElse(null);
    boolean ok = EditorPasswords.matches(password.toCharArray(), hash == null ? NO_ONE : hash) && hash != null;
    if (!ok) {
      throttle.failed(ctx.ip());
      ctx.status(401);
      loginPage(ctx, site.sessions().anonymous(ctx).csrf(), name, "اسم المحرر أو كلمة المرور غير صحيحة.");
      return;
    }
    throttle.succeeded(ctx.ip());
    site.sessions().logIn(ctx, name);
    ctx.redirect("/editor/", HttpStatus.SEE_OTHER);
  }

  void logOut(Context ctx) {
    site.sessions().logOut(ctx);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  void home(Context ctx) {
    List<Views.DossierCard> all = archive.dossiers().stream().map(d -> new Views.DossierCard(d.id(),
        d.title() == null ? "ملف بلا عنوان" : d.title(), d.date(), d.editor(), d.articleIds().size(), d.published())).toList();
    Site.html(ctx, site.render("editor/home.jte", Map.of("frame", site.frame(ctx, "المحرّر", null), "dossiers", all)));
  }

  void compose(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    List<Views.Hit> hits = new ArrayList<>();
    if (!q.isEmpty()) {
      archive.search(new SearchQuery(q, null, null, null, null, SearchQuery.Order.RELEVANCE, 60)).hits()
          .forEach(h -> hits.add(new Views.Hit(h.id(), h.headline(), h.source(), h.date(), null)));
    }
    Site.html(ctx, site.render("editor/compose.jte", Map.of("frame", site.frame(ctx, "ملف جديد", null), "q", q,
        "hits", hits, "error", "")));
  }

  void create(Context ctx) {
    String title = title(ctx);
    LocalDate date = date(ctx);
    List<String> ids = stored(ctx.formParams("article"));
    if (ids.isEmpty()) {
      throw new Refusal(400, "اختر مقالاً واحداً على الأقل من نتائج البحث.");
    }
    String id = "d" + HexFormat.of().formatHex(randomBytes());
    archive.saveDossier(new StoredDossier(id, title, date, editorOf(ctx), List.of("الرئيسة", "ملفات المركز"), ids,
        "editor:" + editorOf(ctx), false));
    site.cache().clear();
    ctx.redirect("/editor/dossiers/" + id, HttpStatus.SEE_OTHER);
  }

  void edit(Context ctx) {
    editPage(ctx, dossier(ctx), null);
  }

  /** Saves the title, date and order; drops the articles marked for removal. */
  void save(Context ctx) {
    StoredDossier d = dossier(ctx);
    List<String> items = ctx.formParams("item");
    List<String> positions = ctx.formParams("position");
    if (items.size() != positions.size()) {
      throw new Refusal(400, "النموذج ناقص: أعد فتح الصفحة.");
    }
    Set<String> remove = new LinkedHashSet<>(ctx.formParams("remove"));
    List<Integer> order = new ArrayList<>();
    Map<Integer, Double> rank = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
      try {
        rank.put(i, Double.parseDouble(positions.get(i).strip()));
      } catch (NumberFormatException e) {
        throw new Refusal(400, "الترتيب يُكتب أرقاماً: «" + positions.get(i) + "» ليس رقماً.");
      }
    }
    order.sort((a, b) -> Double.compare(rank.get(a), rank.get(b)));
    List<String> kept = new ArrayList<>();
    for (int i : order) {
      if (!remove.contains(items.get(i))) {
        kept.add(items.get(i));
      }
    }
    List<String> ids = stored(kept);
    archive.saveDossier(new StoredDossier(d.id(), title(ctx), date(ctx), d.editor() == null ? editorOf(ctx) : d.editor(),
        d.breadcrumb(), ids, d.origin(), d.published()));
    site.cache().clear();
    ctx.redirect("/editor/dossiers/" + d.id(), HttpStatus.SEE_OTHER);
  }

  /** Adds the articles of pasted text (an article, or a dossier's worth) through the import path. */
  void paste(Context ctx) {
    StoredDossier d = dossier(ctx);
    String text = ctx.formParam("text") == null ? "" : ctx.formParam("text");
    Dossier read = DossierReader.read(text.replace("\r\n", "\n"));
    if (text.isBlank() || read.articles().isEmpty()) {
      ctx.status(400);
      editPage(ctx, d, "لم يُقرأ مقال من النص الملصق: السطر الأول عنوان المقال، ثم سطر المصدر، ثم الفقرات.");
      return;
    }
    List<String> problems = new ArrayList<>();
    Importer importer = new Importer(archive, 500);
    importer.run(List.of(new ImportSource("editor:" + editorOf(ctx) + ":pasted", null, read.articles())), s -> { },
        problems::add);
    if (!problems.isEmpty()) {
      ctx.status(400);
      editPage(ctx, d, "النص الملصق لم يُحفظ: " + String.join("؛ ", problems));
      return;
    }
    List<String> ids = new ArrayList<>(d.articleIds());
    for (Article a : read.articles()) {
      String id = Importer.idOf(a);
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    archive.saveDossier(new StoredDossier(d.id(), d.title(), d.date(), d.editor(), d.breadcrumb(), stored(ids),
        d.origin(), d.published()));
    site.cache().clear();
    ctx.redirect("/editor/dossiers/" + d.id(), HttpStatus.SEE_OTHER);
  }

  void publish(Context ctx, boolean published) {
    StoredDossier d = dossier(ctx);
    archive.setPublished(d.id(), published);
    site.cache().clear();
    ctx.redirect("/editor/", HttpStatus.SEE_OTHER);
  }

  // ---- helpers

  private void loginPage(Context ctx, String csrf, String name, String error) {
    Map<String, Object> params = new HashMap<>();
    params.put("frame", site.frame(ctx, "دخول المحررين", null));
    params.put("csrf", csrf);
    params.put("name", name == null ? "" : name);
    params.put("error", error == null ? "" : error);
    Site.html(ctx, site.render("editor/login.jte", params));
  }

  private void editPage(Context ctx, StoredDossier d, String error) {
    List<StoredArticle> articles = new ArrayList<>();
    for (String id : d.articleIds()) {
      archive.article(id).ifPresent(articles::add);
    }
    List<Views.Hit> rows = articles.stream().map(s -> new Views.Hit(s.id(), s.article().headline(),
        s.article().byline().source(), s.article().byline().date(), null)).toList();
    Views.DossierCard card = new Views.DossierCard(d.id(), d.title() == null ? "" : d.title(), d.date(), d.editor(),
        d.articleIds().size(), d.published());
    Site.html(ctx, site.render("editor/edit.jte", Map.of("frame", site.frame(ctx, "تحرير: " + card.title(), null),
        "dossier", card, "rows", rows, "error", error == null ? "" : error)));
  }

  private StoredDossier dossier(Context ctx) {
    return archive.dossier(ctx.pathParam("id")).orElseThrow(() -> Refusal.notFound("لا يوجد ملف بهذا الرقم."));
  }

  private String editorOf(Context ctx) {
    return site.sessions().of(ctx).orElseThrow().editor();
  }

  private static String title(Context ctx) {
    String t = ctx.formParam("title") == null ? "" : ctx.formParam("title").strip();
    if (t.isEmpty()) {
      throw new Refusal(400, "للملف عنوان: اكتب عنواناً.");
    }
    if (t.length() > MAX_TITLE) {
      throw new Refusal(400, "العنوان أطول من " + MAX_TITLE + " حرف.");
    }
    return t;
  }

  private static LocalDate date(Context ctx) {
    String d = ctx.formParam("date");
    if (d == null || d.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(d.strip());
    } catch (DateTimeParseException e) {
      throw new Refusal(400, "التاريخ يُكتب هكذا: 2015-08-10 («" + d.strip() + "» لا يُقرأ).");
    }
  }

  /** The ids, in order and once each, of those that name stored articles. */
  private List<String> stored(List<String> ids) {
    Set<String> wanted = new LinkedHashSet<>(ids);
    Set<String> there = archive.storedIds(wanted);
    return wanted.stream().filter(there::contains).toList();
  }

  private byte[] randomBytes() {
    byte[] b = new byte[8];
    random.nextBytes(b);
    return b;
  }
}
