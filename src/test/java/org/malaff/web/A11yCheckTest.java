package org.malaff.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the browser test tools work: {@link A11yCheck} passes a clean Arabic page and reports each
 * kind of fault, and {@link Browser} writes screenshots and records what scripts did.
 */
class A11yCheckTest {
  private static Browser browser;

  @BeforeAll
  static void start() {
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  /** A small valid page: RTL Arabic, one h1 then h2, a named link, a labelled input, dark on white. */
  private static String html(String lang, String body) {
    return "<!doctype html><html" + lang + "><head><meta charset=utf-8><title>ملف</title></head>"
        + "<body style='color:#222;background:#fff;font-family:sans-serif'>" + body + "</body></html>";
  }

  private static final String LANG = " lang=\"ar\" dir=\"rtl\"";
  private static final String CLEAN = """
      <h1>ملف صحفي</h1>
      <h2>المقالات</h2>
      <p>نص المقال عن <a href="/dossiers/1">الملف الأول</a>.</p>
      <form><label for="q">بحث</label><input id="q" name="q">
      <label>الفئة <select name="c"><option>الكل</option></select></label>
      <input type="submit" value="ابحث"></form>
      """;

  private List<String> check(String html) {
    Page page = browser.newPage(1024, 768);
    try {
      page.setContent(html);
      return A11yCheck.violations(page);
    } finally {
      page.context().close();
    }
  }

  @Test
  void cleanArabicPageHasNoViolations() {
    assertThat(check(html(LANG, CLEAN))).isEmpty();
  }

  @Test
  void reportsTwoH1() {
    assertThat(check(html(LANG, "<h1>أول</h1><h1>ثان</h1>")))
        .singleElement().asString().contains("exactly one h1, found 2");
  }

  @Test
  void reportsSkippedHeadingLevel() {
    assertThat(check(html(LANG, "<h1>عنوان</h1><h3>فرعي</h3>")))
        .singleElement().asString().contains("h1", "h3", "skips a level");
  }

  @Test
  void goingBackUpAHeadingLevelIsFine() {
    assertThat(check(html(LANG, "<h1>أ</h1><h2>ب</h2><h3>ج</h3><h2>د</h2>"))).isEmpty();
  }

  @Test
  void reportsEmptyLink() {
    assertThat(check(html(LANG, "<h1>عنوان</h1><a href=\"/x\"></a>")))
        .singleElement().asString().contains("name:", "<a href=\"/x\">");
  }

  @Test
  void imageAltNamesALink() {
    assertThat(check(html(LANG, "<h1>عنوان</h1><a href=\"/x\"><img alt=\"الصفحة الأولى\" src=\"data:,\"></a>")))
        .isEmpty();
  }

  @Test
  void reportsUnlabelledInput() {
    assertThat(check(html(LANG, "<h1>عنوان</h1><input name=\"q\">")))
        .singleElement().asString().contains("name:", "<input name=\"q\">");
  }

  @Test
  void reportsLowContrastText() {
    assertThat(check(html(LANG, "<h1>عنوان</h1><p style=\"color:#aaa\">نص باهت</p>")))
        .singleElement().asString()
        .contains("contrast:", "<p>", "نص باهت", "rgb(170, 170, 170) on rgb(255, 255, 255)", "2.32:1");
  }

  @Test
  void reportsMissingLangAndDir() {
    assertThat(check(html("", "<h1>عنوان</h1>")))
        .containsExactly("html: missing lang attribute", "html: missing dir attribute");
  }

  @Test
  void checksPagesWithoutJavaScriptToo() {
    Page page = browser.newPageWithoutJavaScript(1024, 768);
    page.setContent(html(LANG, "<h2>بلا عنوان رئيسي</h2>"));
    assertThat(A11yCheck.violations(page)).singleElement().asString().contains("found 0");
    page.context().close();
  }

  @Test
  void screenshotIsAPng() throws IOException {
    Page page = browser.newPage(800, 600);
    page.setContent(html(LANG, CLEAN));
    Path file = browser.screenshot(page, "a11y-check-arabic");
    page.context().close();

    assertThat(file).exists();
    assertThat(Files.size(file)).isGreaterThan(1024);
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(in.readNBytes(8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }
  }

  @Test
  void recordsScriptEventsOnlyWhenJavaScriptRuns() {
    String markup = html(LANG, "<h1>عنوان</h1><script>console.log('ran')</script>");

    Page withoutScripts = browser.newPageWithoutJavaScript(800, 600);
    withoutScripts.setContent(markup);
    withoutScripts.evaluate("1");
    assertThat(browser.events(withoutScripts)).isEmpty();
    withoutScripts.context().close();

    Page withScripts = browser.newPage(800, 600);
    withScripts.setContent(markup);
    withScripts.evaluate("1");  // a round trip, so the console event has surely arrived
    assertThat(browser.events(withScripts)).containsExactly("console.log: ran");
    withScripts.context().close();
  }

  @Test
  void recordsAndDismissesDialogs() {
    Page page = browser.newPage(800, 600);
    page.setContent(html(LANG, "<h1>عنوان</h1><img src=x onerror=alert(1)>"));
    page.evaluate("1");
    assertThat(browser.events(page)).contains("dialog.alert: 1");
    page.context().close();
  }
}
