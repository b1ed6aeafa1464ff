package org.malaff.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.malaff.archive.Archive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site over one archive: public pages, exports and the feed for readers; the editor under
 * {@code /editor/}. Every response carries a Content-Security-Policy that allows no script at all
 * (the site needs none), and HTML is always sent as {@code text/html; charset=utf-8}. Every
 * state-changing request needs a session and that session's CSRF token; every editor page needs a
 * logged-in editor. Routes that change state are registered through {@link #stateChangingRoutes}
 * so tests can try each one.
 */
public final class Site implements AutoCloseable {
  static final String CSP = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; "
      + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  static final String HTML = "text/html; charset=utf-8";
  private static final Logger LOG = LoggerFactory.getLogger(Site.class);

  private final EditorSessions sessions = new EditorSessions();
  private final Templates templates = new Templates();
  private final PageCache cache = new PageCache();
  private final SiteSettings settings;
  private final PublicPages publicPages;
  private final EditorPages editorPages;
  private final List<String> stateChanging = new ArrayList<>();
  private final Javalin app;

  public Site(Archive archive, SiteSettings settings) {
    this.settings = settings;
    this.publicPages = new PublicPages(archive, this);
    this.editorPages = new EditorPages(archive, this,
        new LoginThrottle(settings.loginAttempts(), settings.loginWindow(), settings.clock()));
    this.app = Javalin.create(this::configure);
  }

  /** Starts serving on {@code host}:{@code port} (0: any free port). */
  public Site start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  /** The paths of every route that changes state (all POST): each refuses a request without a session and token. */
  public List<String> stateChangingRoutes() {
    return List.copyOf(stateChanging);
  }

  @Override
  public void close() {
    app.stop();
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    // a few threads more than cores: on a small machine hundreds of busy threads only add waiting
    config.jetty.threadPool = new org.eclipse.jetty.util.thread.QueuedThreadPool(
        Math.max(8, 4 * Runtime.getRuntime().availableProcessors()), 4);
    config.http.maxRequestSize = 2_000_000;
    config.routes.before(this::guard);
    config.routes.get("/", publicPages::home);
    config.routes.get("/dossiers", publicPages::dossiers);
    config.routes.get("/dossiers/{file}", publicPages::dossier);
    config.routes.get("/articles/{id}", publicPages::article);
    config.routes.get("/people/{key}", publicPages::person);
    config.routes.get("/search", publicPages::search);
    config.routes.get("/feed.atom", publicPages::feed);
    config.routes.get("/static/{file}", Site::staticFile);
    config.routes.get("/editor/login", editorPages::loginForm);
    config.routes.get("/editor/", editorPages::home);
    config.routes.get("/editor", ctx -> ctx.redirect("/editor/", io.javalin.http.HttpStatus.SEE_OTHER));
    config.routes.get("/editor/compose", editorPages::compose);
    config.routes.get("/editor/dossiers/{id}", editorPages::edit);
    changing(config, "/editor/login", editorPages::logIn);
    changing(config, "/editor/logout", editorPages::logOut);
    changing(config, "/editor/dossiers", editorPages::create);
    changing(config, "/editor/dossiers/{id}", editorPages::save);
    changing(config, "/editor/dossiers/{id}/articles", editorPages::paste);
    changing(config, "/editor/dossiers/{id}/publish", ctx -> editorPages.publish(ctx, true));
    changing(config, "/editor/dossiers/{id}/unpublish", ctx -> editorPages.publish(ctx, false));
    config.routes.exception(Refusal.class, this::refused);
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      message(ctx, 500, "حدث خطأ في الخادم", "تعذّر عرض هذه الصفحة. سُجّل الخطأ؛ حاول مرة أخرى بعد قليل.");
    });
    config.routes.error(404, ctx -> {
      if (ctx.contentType() == null || !ctx.contentType().startsWith("text/html")) {
        message(ctx, 404, "الصفحة غير موجودة", "لا توجد صفحة بهذا العنوان.");
      }
    });
    config.routes.error(405, ctx -> message(ctx, 405, "طلب غير مسموح", "هذا العنوان لا يقبل هذا النوع من الطلبات."));
  }

  private void changing(JavalinConfig config, String path, Handler handler) {
    stateChanging.add(path);
    config.routes.post(path, handler);
  }

  /** Headers on every response; the session and token rules before any handler runs. */
  private void guard(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    HandlerType m = ctx.method();
    boolean changes = m != HandlerType.GET && m != HandlerType.HEAD && m != HandlerType.OPTIONS;
    Optional<EditorSessions.Session> session = sessions.of(ctx);
    if (changes) {
      String origin = ctx.header("Origin");
      if (origin != null && !origin.equals(ctx.scheme() + "://" + ctx.host())) {
        throw new Refusal(403, "طلب من موقع آخر: رُفض.");
      }
      if (session.isEmpty()) {
        throw new Refusal(403, "لا جلسة لهذا الطلب: افتح الصفحة من جديد ثم أعد المحاولة.");
      }
      if (!EditorSessions.validToken(session.get(), ctx.formParam("csrf"))) {
        throw new Refusal(403, "رمز حماية النموذج مفقود أو غير صحيح: افتح الصفحة من جديد ثم أعد المحاولة.");
      }
    }
    boolean editorArea = ctx.path().startsWith("/editor") && !ctx.path().equals("/editor/login");
    if (editorArea && !session.map(EditorSessions.Session::loggedIn).orElse(false)) {
      if (changes) {
        throw new Refusal(403, "هذا للمحررين: سجّل الدخول أولاً.");
      }
      throw Refusal.redirect("/editor/login");
    }
  }

  private void refused(Refusal e, Context ctx) {
    if (e.location() != null) {
      ctx.redirect(e.location(), io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    String title = switch (e.status()) {
      case 403 -> "طلب مرفوض";
      case 404 -> "غير موجود";
      case 429 -> "محاولات كثيرة";
      default -> "طلب غير صالح";
    };
    message(ctx, e.status(), title, e.getMessage());
  }

  private void message(Context ctx, int status, String title, String text) {
    ctx.status(status);
    html(ctx, render("message.jte", Map.of("frame", frame(ctx, title, null), "text", text)));
  }

  // ---- shared by the page handlers

  SiteSettings settings() {
    return settings;
  }

  EditorSessions sessions() {
    return sessions;
  }

  PageCache cache() {
    return cache;
  }

  String render(String template, Map<String, Object> params) {
    return templates.render(template, params);
  }

  /** The frame of a page for this request: its title, and the editor if one is logged in. */
  Views.Frame frame(Context ctx, String title, String query) {
    Optional<EditorSessions.Session> s = sessions.of(ctx).filter(EditorSessions.Session::loggedIn);
    return new Views.Frame(title, s.map(EditorSessions.Session::editor).orElse(null),
        s.map(EditorSessions.Session::csrf).orElse(null), query, settings.credit());
  }

  /** Whether an editor is logged in on this request (they see drafts, and get no cached pages). */
  boolean editing(Context ctx) {
    return sessions.of(ctx).map(EditorSessions.Session::loggedIn).orElse(false);
  }

  static void html(Context ctx, String page) {
    ctx.contentType(HTML).result(page);
  }

  private static final Map<String, String[]> STATIC = Map.of(
      "site.css", new String[] {"/org/malaff/web/static/site.css", "text/css; charset=utf-8"},
      "DejaVuSans.ttf", new String[] {"/org/malaff/publish/fonts/DejaVuSans.ttf", "font/ttf"},
      "DejaVuSans-Bold.ttf", new String[] {"/org/malaff/publish/fonts/DejaVuSans-Bold.ttf", "font/ttf"});
  private static final Map<String, byte[]> STATIC_BYTES = new java.util.concurrent.ConcurrentHashMap<>();

  private static void staticFile(Context ctx) {
    String[] file = STATIC.get(ctx.pathParam("file"));
    if (file == null) {
      throw Refusal.notFound("لا يوجد ملف بهذا الاسم.");
    }
    byte[] bytes = STATIC_BYTES.computeIfAbsent(file[0], Site::resource);
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType(file[1]).result(bytes);
  }

  private static byte[] resource(String path) {
    try (InputStream in = Site.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
