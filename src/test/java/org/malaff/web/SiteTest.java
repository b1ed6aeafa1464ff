package org.malaff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.malaff.web.WebClient.form;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaff.archive.StoredDossier;
import org.malaff.format.DossierReader;
import org.malaff.model.Dossier;

/** The site over HTTP: headers, escaping, exports, and the session and CSRF rules on every route that changes state. */
class SiteTest {
  @TempDir static Path dir;
  static TestSite site;
  static String sample;

  @BeforeAll
  static void start() {
    site = TestSite.start(dir.resolve("archive"), 0, true);
    sample = site.archive.dossiers().stream().filter(d -> d.title() != null && d.title().contains("موسكو"))
        .findFirst().orElseThrow().id();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private WebClient client() {
    return new WebClient(site.base);
  }

  @Test
  void every_page_is_utf8_html_under_a_policy_that_allows_no_script() {
    WebClient c = client();
    String article = site.archive.dossier(sample).orElseThrow().articleIds().get(0);
    for (String path : List.of("/", "/dossiers", "/dossiers/" + sample, "/articles/" + article, "/search?q=لافروف",
        "/search", "/editor/login", "/no/such/page", "/dossiers/nope", "/articles/nope")) {
      HttpResponse<String> r = c.get(path);
      assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
          t -> assertThat(t.replace(" ", "")).isEqualToIgnoringCase("text/html;charset=utf-8"));
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).as(path).contains("default-src 'none'").doesNotContain("script-src").doesNotContain("unsafe");
      assertThat(r.body()).as(path).contains("<html lang=\"ar\" dir=\"rtl\">").doesNotContain("<script");
    }
    assertThat(c.get("/no/such/page").statusCode()).isEqualTo(404);
    assertThat(c.get("/dossiers/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void the_dossier_page_numbers_its_headlines_links_each_to_its_article_and_folds_copies() {
    String page = client().get("/dossiers/" + sample).body();
    assertThat(page).contains("عناوين الملف").contains("href=\"#a1\"").contains("id=\"a1\"");
    assertThat(page).contains("الرئيسة").contains("ملفات المركز");
    // 16 and 18 are the same article, 19 sits inside 14: folded, so fewer than 20 on the page
    int articles = page.split("<article id=\"a").length - 1;
    assertThat(articles).isBetween(17, 19);
    assertThat(page).contains("نُشر أيضاً في");
  }

  @Test
  void hostile_text_is_shown_escaped_everywhere() {
    WebClient c = client();
    String d = site.archive.dossiers().stream().filter(x -> x.origin().equals("xss-vectors")).findFirst().orElseThrow().id();
    String page = c.get("/dossiers/" + d).body();
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
        .doesNotContain("<img src=x").doesNotContain("<svg");
    String search = c.get("/search?q=" + TestSite.VECTOR_WORD).body();
    assertThat(search).contains("<b>").doesNotContain("<script").doesNotContain("<img");
    String reflected = c.get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E").body();
    assertThat(reflected).doesNotContain("<script>alert(1)");
  }

  @Test
  void search_results_come_ten_to_a_page_with_links_between_pages() {
    WebClient c = client();
    String first = c.get("/search?q=" + TestSite.VECTOR_WORD + "&order=date").body();
    assertThat(first.split("<li><a href=\"/articles/").length - 1).isEqualTo(10);
    assertThat(first).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
    String second = c.get("/search?q=" + TestSite.VECTOR_WORD + "&order=date&page=2").body();
    assertThat(second).contains("start=\"11\"").contains("rel=\"prev\"");
    assertThat(c.get("/search?q=" + TestSite.VECTOR_WORD + "&page=x").statusCode()).isEqualTo(200);
    assertThat(c.get("/search?q=x&from=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void a_person_page_answers_what_they_said_about_something_in_a_period() {
    java.util.Map<String, Integer> said = new java.util.HashMap<>();
    for (String id : site.archive.dossier(sample).orElseThrow().articleIds()) {
      site.archive.quotes(id).stream().filter(q -> q.speakerKey() != null && q.speakerKey().startsWith("person:"))
          .forEach(q -> said.merge(q.speakerKey(), 1, Integer::sum));
    }
    String key = said.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    WebClient c = client();
    String all = c.get(Format.personPath(key)).body();
    int quotes = all.split("<li><p>").length - 1;
    assertThat(quotes).isGreaterThan(2);
    String about = c.get(Format.personPath(key) + "?about=" + java.net.URLEncoder.encode("المعارضه",
        java.nio.charset.StandardCharsets.UTF_8)).body(); // typed with ه for ة
    int aboutQuotes = about.split("<li><p>").length - 1;
    assertThat(aboutQuotes).isBetween(1, quotes - 1);
    for (String q : about.split("<li><p>")) {
      if (q.startsWith("«") || !q.startsWith("<")) {
        assertThat(q.substring(0, q.indexOf("</p>"))).contains("المعارض");
      }
    }
    assertThat(c.get(Format.personPath(key) + "?from=2030-01-01").body().split("<li><p>").length - 1).isZero();
    // undated articles (some of the sample's) fall outside every period
    int dated = c.get(Format.personPath(key) + "?from=2000-01-01").body().split("<li><p>").length - 1;
    assertThat(dated).isBetween(1, quotes);
    assertThat(c.get(Format.personPath(key) + "?from=2013-11-01&to=2013-11-30").body().split("<li><p>").length - 1)
        .isEqualTo(dated);
    assertThat(c.get(Format.personPath(key) + "?from=2013-11-21&to=2013-11-30").body().split("<li><p>").length - 1)
        .isLessThan(dated);
    assertThat(c.get(Format.personPath(key) + "?from=soon").statusCode()).isEqualTo(400);
  }

  @Test
  void exports_and_the_feed_are_what_they_say() throws Exception {
    WebClient c = client();
    HttpResponse<String> txt = c.get("/dossiers/" + sample + ".txt");
    assertThat(txt.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    Dossier back = DossierReader.read(txt.body());
    assertThat(back.articles()).hasSizeBetween(17, 19);
    assertThat(back.title()).contains("موسكو");
    assertThat(c.get("/dossiers/" + sample + ".json").body()).startsWith("{").contains("\"articles\"");
    assertThat(c.get("/dossiers/" + sample + ".pdf").body()).startsWith("%PDF");
    assertThat(c.get("/dossiers/" + sample + ".html").body()).contains("dir=\"rtl\"");
    assertThat(c.get("/dossiers/" + sample + ".doc").statusCode()).isEqualTo(404);
    String feed = c.get("/feed.atom").body();
    var xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    var doc = xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isGreaterThanOrEqualTo(2);
    assertThat(feed).contains("urn:malaff:dossier:" + sample);
  }

  @Test
  void every_state_changing_route_refuses_a_request_without_a_session_or_without_the_right_token() {
    List<String> routes = site.site.stateChangingRoutes();
    assertThat(routes).hasSizeGreaterThanOrEqualTo(7);
    List<StoredDossier> before = site.archive.dossiers();
    WebClient anonymous = client();
    WebClient editor = client();
    String token = editor.logIn();
    WebClient visitor = client();
    String visitorToken = WebClient.csrfOf(visitor.get("/editor/login").body()); // a session, but not logged in
    for (String route : routes) {
      String path = route.replace("{id}", sample);
      Map<String, String> fields = form("title", "مختطف", "name", TestSite.EDITOR, "password", TestSite.PASSWORD,
          "article", site.archive.dossier(sample).orElseThrow().articleIds().get(0), "text", "عنوان\nالحياة\nفقرة.",
          "item", "x", "position", "1");
      assertThat(anonymous.post(path, fields).statusCode()).as("no session: " + path).isEqualTo(403);
      assertThat(editor.post(path, fields).statusCode()).as("no token: " + path).isEqualTo(403);
      Map<String, String> wrong = new java.util.LinkedHashMap<>(fields);
      wrong.put("csrf", token.substring(1) + "0");
      assertThat(editor.post(path, wrong).statusCode()).as("wrong token: " + path).isEqualTo(403);
      if (!path.equals("/editor/login")) {
        Map<String, String> notEditor = new java.util.LinkedHashMap<>(fields);
        notEditor.put("csrf", visitorToken);
        assertThat(visitor.post(path, notEditor).statusCode()).as("not logged in: " + path).isEqualTo(403);
      }
    }
    assertThat(site.archive.dossiers()).isEqualTo(before);
    assertThat(editor.get("/editor/").statusCode()).as("still logged in").isEqualTo(200);
    assertThat(anonymous.get("/editor/").statusCode()).isEqualTo(303);
  }

  @Test
  void a_request_from_another_site_is_refused_even_with_a_token() throws Exception {
    WebClient editor = client();
    String token = editor.logIn();
    var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
        .newBuilder(java.net.URI.create(site.base + "/editor/dossiers/" + sample + "/unpublish"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", editor.cookie)
        .header("Origin", "https://evil.example").POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf=" + token))
        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(site.archive.dossier(sample).orElseThrow().published()).isTrue();
  }

  @Test
  void logging_in_gives_a_new_session_and_the_editor_composes_and_publishes() {
    WebClient c = client();
    String token = WebClient.csrfOf(c.get("/editor/login").body());
    String before = c.cookie;
    assertThat(c.post("/editor/login", form("csrf", token, "name", TestSite.EDITOR, "password", TestSite.PASSWORD))
        .statusCode()).isEqualTo(303);
    assertThat(c.cookie).isNotNull().isNotEqualTo(before);
    String csrf = WebClient.csrfOf(c.get("/editor/").body());
    List<String> ids = site.archive.dossier(sample).orElseThrow().articleIds();
    var created = c.post("/editor/dossiers", form("csrf", csrf, "title", "ملف تجريبي", "date", "2013-11-21",
        "article", ids.get(2)));
    assertThat(created.statusCode()).isEqualTo(303);
    String id = created.headers().firstValue("Location").orElseThrow().replace("/editor/dossiers/", "");
    StoredDossier draft = site.archive.dossier(id).orElseThrow();
    assertThat(draft.published()).isFalse();
    assertThat(draft.editor()).isEqualTo(TestSite.EDITOR);
    assertThat(client().get("/dossiers/" + id).statusCode()).as("a draft is not public").isEqualTo(404);
    assertThat(c.get("/dossiers/" + id).statusCode()).as("its editor previews it").isEqualTo(200);
    var pasted = c.post("/editor/dossiers/" + id + "/articles", form("csrf", csrf, "text",
        "عنوان مقال ملصق للاختبار\nالحياة\nموسكو - رويترز\nقال المتحدث إن المحادثات مستمرة في العاصمة الروسية.\n"));
    assertThat(pasted.statusCode()).isEqualTo(303);
    assertThat(site.archive.dossier(id).orElseThrow().articleIds()).hasSize(2);
    assertThat(c.post("/editor/dossiers/" + id + "/articles", form("csrf", csrf, "text", "  ")).statusCode()).isEqualTo(400);
    String second = site.archive.dossier(id).orElseThrow().articleIds().get(1);
    assertThat(c.post("/editor/dossiers/" + id, "csrf", csrf, "title", "ملف معاد ترتيبه", "date", "2013-11-21",
        "item", ids.get(2), "position", "2", "item", second, "position", "1").statusCode()).isEqualTo(303);
    StoredDossier reordered = site.archive.dossier(id).orElseThrow();
    assertThat(reordered.title()).isEqualTo("ملف معاد ترتيبه");
    assertThat(reordered.articleIds()).containsExactly(second, ids.get(2));
    assertThat(c.post("/editor/dossiers/" + id, "csrf", csrf, "title", "ملف معاد ترتيبه", "date", "أمس",
        "item", ids.get(2), "position", "1").statusCode()).as("a date that cannot be read").isEqualTo(400);
    assertThat(site.archive.dossier(id).orElseThrow()).isEqualTo(reordered);
    assertThat(c.post("/editor/dossiers/" + id + "/publish", form("csrf", csrf)).statusCode()).isEqualTo(303);
    assertThat(client().get("/dossiers/" + id).statusCode()).isEqualTo(200);
    assertThat(c.post("/editor/dossiers/" + id + "/unpublish", form("csrf", csrf)).statusCode()).isEqualTo(303);
    assertThat(client().get("/dossiers/" + id).statusCode()).isEqualTo(404);
    assertThat(c.post("/editor/logout", form("csrf", csrf)).statusCode()).isEqualTo(303);
    assertThat(c.get("/editor/").statusCode()).isEqualTo(303);
  }

  @Test
  void failed_logins_are_limited_per_address() {
    // a site of its own over the same archive, so the other tests' logins from this address still work
    try (Site own = new Site(site.archive, SiteSettings.defaults()).start("127.0.0.1", 0)) {
      failedLoginsAreLimited(new WebClient("http://127.0.0.1:" + own.port()));
    }
  }

  private static void failedLoginsAreLimited(WebClient c) {
    String token = WebClient.csrfOf(c.get("/editor/login").body());
    List<Integer> statuses = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      statuses.add(c.post("/editor/login", form("csrf", token, "name", "intruder-" + i, "password", "guess-" + i)).statusCode());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.get(5)).isEqualTo(429);
    var right = c.post("/editor/login", form("csrf", token, "name", TestSite.EDITOR, "password", TestSite.PASSWORD));
    assertThat(right.statusCode()).as("even the right password waits").isEqualTo(429);
    assertThat(right.headers().firstValue("Retry-After")).isPresent();
  }
}
