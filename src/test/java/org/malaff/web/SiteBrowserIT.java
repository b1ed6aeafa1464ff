package org.malaff.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaff.archive.StoredDossier;
import org.malaff.archive.StoredQuote;

/**
 * The real server driven by headless Debian chromium: reading, following a headline, searching, the
 * editor's round trip, hostile articles, accessibility. Screenshots at phone and desktop widths go
 * to {@code target/screenshots}.
 */
class SiteBrowserIT {
  private static final int[][] SIZES = {{390, 844}, {1280, 900}};
  private static final String[] SIZE_NAMES = {"phone", "desktop"};
  @TempDir static Path dir;
  static TestSite site;
  static Browser browser;
  static String sample;
  static String hostile;
  static String person;
  static String article;

  @BeforeAll
  static void start() {
    site = TestSite.start(dir.resolve("archive"), 300, true);
    browser = new Browser();
    for (StoredDossier d : site.archive.dossiers()) {
      if (d.origin().equals("xss-vectors")) {
        hostile = d.id();
      } else if (d.title() != null && d.title().contains("موسكو")) {
        sample = d.id();
      }
    }
    List<String> ids = site.archive.dossier(sample).orElseThrow().articleIds();
    article = ids.get(0);
    for (String id : ids) {
      for (StoredQuote q : site.archive.quotes(id)) {
        if (person == null && q.speakerKey() != null && q.speakerKey().startsWith("person:")) {
          person = q.speakerKey();
        }
      }
    }
    assertThat(person).as("a speaker in the sample").isNotNull();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    site.close();
  }

  @Test
  void public_pages_read_right_to_left_without_script_fit_a_phone_and_pass_the_accessibility_checks() {
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("dossiers", "/dossiers");
    pages.put("dossier", "/dossiers/" + sample);
    pages.put("article", "/articles/" + article);
    pages.put("person", Format.personPath(person));
    pages.put("search", "/search?q=" + java.net.URLEncoder.encode("لافروف", java.nio.charset.StandardCharsets.UTF_8));
    pages.put("login", "/editor/login");
    pages.put("not-found", "/no/such/page");
    for (int s = 0; s < SIZES.length; s++) {
      Page page = browser.newPageWithoutJavaScript(SIZES[s][0], SIZES[s][1]);
      for (var e : pages.entrySet()) {
        page.navigate(site.base + e.getValue());
        String what = SIZE_NAMES[s] + " " + e.getKey();
        browser.screenshot(page, SIZE_NAMES[s] + "-" + e.getKey());
        assertThat(page.evaluate("getComputedStyle(document.body).direction")).as(what).isEqualTo("rtl");
        assertThat(A11yCheck.violations(page)).as(what).isEmpty();
        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as(what + ": wider than the screen").isLessThanOrEqualTo(0);
      }
      page.context().close();
    }
  }

  @Test
  void a_headline_in_the_list_leads_to_its_article_on_the_page() {
    Page page = browser.newPage(390, 844);
    page.navigate(site.base + "/dossiers/" + sample);
    String headline = page.locator("section.toc li a").nth(2).textContent();
    page.locator("section.toc li a").nth(2).click();
    page.waitForURL("**#a3");
    Object top = page.evaluate("document.getElementById('a3').getBoundingClientRect().top");
    assertThat(((Number) top).doubleValue()).isBetween(-2.0, 60.0);
    assertThat(page.locator("#h3").textContent()).contains(headline);
    browser.screenshot(page, "phone-dossier-at-article-3");
    page.context().close();
  }

  @Test
  void searching_from_the_header_box_shows_highlighted_hits() {
    Page page = browser.newPage(1280, 900);
    page.navigate(site.base + "/");
    page.fill("#site-q", "لافروف");
    page.press("#site-q", "Enter");
    page.waitForURL("**/search?q=*");
    assertThat(page.locator("ol.hits li").count()).isGreaterThan(0);
    assertThat(page.locator(".snippet b").count()).isGreaterThan(0);
    page.locator("ol.hits li a").first().click();
    page.waitForURL("**/articles/*");
    assertThat(page.locator("h1").count()).isEqualTo(1);
    page.context().close();
  }

  @Test
  void an_editor_logs_in_composes_a_dossier_reorders_it_adds_a_pasted_article_publishes_it_and_logs_out() {
    Page page = browser.newPage(1280, 900);
    page.navigate(site.base + "/editor/");
    page.waitForURL("**/editor/login");
    page.fill("#name", TestSite.EDITOR);
    page.fill("#password", TestSite.PASSWORD);
    page.click("form.panel button[type=submit]");
    page.waitForURL("**/editor/");
    browser.screenshot(page, "desktop-editor-home");
    assertThat(A11yCheck.violations(page)).as("editor home").isEmpty();
    page.click("a.button");
    page.waitForURL("**/editor/compose");
    page.fill("#compose-q", "لافروف");
    page.click("form.panel button[type=submit]");
    page.waitForURL("**/editor/compose?q=*");
    for (int i = 0; i < 3; i++) {
      page.locator("input[name=article]").nth(i).check();
    }
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      picked.add(page.locator("input[name=article]").nth(i).getAttribute("value"));
    }
    page.fill("#title", "لافروف في الصحف");
    page.fill("#date", "2013-11-21");
    browser.screenshot(page, "desktop-editor-compose");
    assertThat(A11yCheck.violations(page)).as("compose").isEmpty();
    page.click("form[action='/editor/dossiers'] button[type=submit]");
    page.waitForURL("**/editor/dossiers/*");
    String id = page.url().substring(page.url().lastIndexOf('/') + 1);
    // reverse the order: positions 3, 2, 1
    for (int i = 0; i < 3; i++) {
      page.locator("input[name=position]").nth(i).fill(Integer.toString(3 - i));
    }
    page.click("form[action='/editor/dossiers/" + id + "'] button[type=submit]");
    page.waitForLoadState();
    List<String> reversed = new ArrayList<>(site.archive.dossier(id).orElseThrow().articleIds());
    java.util.Collections.reverse(picked);
    assertThat(reversed).containsExactlyElementsOf(picked);
    page.fill("#paste", "تصريح جديد للافروف\nالحياة\nموسكو - رويترز\nقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.\n");
    page.click("form[action='/editor/dossiers/" + id + "/articles'] button[type=submit]");
    page.waitForLoadState();
    assertThat(site.archive.dossier(id).orElseThrow().articleIds()).hasSize(4);
    browser.screenshot(page, "desktop-editor-edit");
    assertThat(A11yCheck.violations(page)).isEmpty();
    page.click("form[action='/editor/dossiers/" + id + "/publish'] button[type=submit]");
    page.waitForURL("**/editor/");
    assertThat(site.archive.dossier(id).orElseThrow().published()).isTrue();
    page.click("header.site form.inline button");
    page.waitForURL(site.base + "/");
    page.navigate(site.base + "/editor/");
    assertThat(page.url()).endsWith("/editor/login");
    page.navigate(site.base + "/dossiers/" + id);
    assertThat(page.locator("h1").textContent()).isEqualTo("لافروف في الصحف");
    assertThat(page.locator("section.toc li").count()).isEqualTo(4);
    browser.screenshot(page, "desktop-published-dossier");
    page.context().close();
  }

  @Test
  void hostile_articles_run_no_script_and_no_vector_survives_as_markup() {
    List<String> vectors = TestSite.vectors();
    Page page = browser.newPage(1280, 900);
    List<String> paths = new ArrayList<>();
    paths.add("/dossiers/" + hostile);
    paths.add("/search?q=" + java.net.URLEncoder.encode(TestSite.VECTOR_WORD, java.nio.charset.StandardCharsets.UTF_8));
    paths.add("/search?q=" + java.net.URLEncoder.encode(vectors.get(0), java.nio.charset.StandardCharsets.UTF_8));
    site.archive.dossier(hostile).orElseThrow().articleIds().forEach(id -> paths.add("/articles/" + id));
    for (String path : paths) {
      page.navigate(site.base + path);
      page.mouse().move(200, 200);
      page.mouse().move(600, 400);
      page.mouse().wheel(0, 2000);
      page.waitForTimeout(50);
      Object markup = page.evaluate("() => { const out = [];"
          + "document.querySelectorAll('script,iframe,object,embed,svg,math,img,video,audio,style,base,meta[http-equiv],"
          + "frame,frameset,template,link:not([rel=stylesheet]):not([rel=alternate]),body [style]').forEach(e => out.push(e.outerHTML.slice(0, 80)));"
          + "document.querySelectorAll('*').forEach(e => { for (const a of e.attributes) {"
          + " if (a.name.startsWith('on')) out.push(e.tagName + ' ' + a.name);"
          + " if ((a.name === 'href' || a.name === 'src' || a.name === 'action') && /^\\s*(javascript|data|vbscript):/i.test(a.value))"
          + " out.push(e.tagName + ' ' + a.name + '=' + a.value.slice(0, 40)); } });"
          + "return out; }");
      assertThat((List<?>) markup).as(path).isEmpty();
    }
    assertThat(browser.events(page)).as("no dialog, error or message from any vector")
        .noneMatch(e -> e.startsWith("dialog") || e.startsWith("pageerror") || e.contains("xss"));
    page.navigate(site.base + "/dossiers/" + hostile);
    String shown = ((String) page.evaluate("document.body.innerText")).replaceAll("\\s+", " ");
    for (String v : vectors) {
      assertThat(shown).as("shown as text").contains(v.replaceAll("\\s+", " ").strip());
    }
    browser.screenshot(page, "desktop-hostile-dossier");
    page.context().close();
  }
}
