package org.malaff.web;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: a headless Debian chromium driven by Playwright, for looking at the site's pages as a
 * reader's browser would.
 *
 * <p>Playwright never downloads a browser here: it drives {@code /usr/bin/chromium}, and fails
 * loudly when that is missing rather than skipping. Every page it opens records its console
 * messages, uncaught script errors and dialogs (dialogs are dismissed) so that a test can assert
 * that no script ran; read them with {@link #events(Page)}.
 */
public final class Browser implements AutoCloseable {
  /** The Debian package's browser; Playwright's own downloads are never used. */
  public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  /** Where {@link #screenshot(Page, String)} writes its PNG files. */
  public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;
  private final Map<Page, List<String>> events = Collections.synchronizedMap(new IdentityHashMap<>());

  /** Starts Playwright and a headless chromium; close it when done. */
  public Browser() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(CHROMIUM + " is missing: the browser tests need Debian's chromium."
          + " Install it with: apt-get install -y chromium");
    }
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(CHROMIUM)
          .setHeadless(true));
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** A page in a fresh context with this viewport and JavaScript enabled. */
  public Page newPage(int width, int height) {
    return open(new NewContextOptions().setViewportSize(width, height).setJavaScriptEnabled(true));
  }

  /** A page in a fresh context with this viewport and JavaScript disabled, as a reader without scripts sees it. */
  public Page newPageWithoutJavaScript(int width, int height) {
    return open(new NewContextOptions().setViewportSize(width, height).setJavaScriptEnabled(false));
  }

  private Page open(NewContextOptions options) {
    BrowserContext context = browser.newContext(options);
    Page page = context.newPage();
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    events.put(page, log);
    page.onConsoleMessage(m -> log.add("console." + m.type() + ": " + m.text()));
    page.onPageError(error -> log.add("pageerror: " + error));
    page.onDialog(dialog -> {
      log.add("dialog." + dialog.type() + ": " + dialog.message());
      dialog.dismiss();
    });
    page.onClose(p -> events.remove(p));
    return page;
  }

  /**
   * What the page's scripts did so far, in order: {@code console.<type>: text}, {@code pageerror:
   * message} and {@code dialog.<type>: message} lines. Empty when no script ran. Events arrive while
   * Playwright is being called, so read this after a Playwright call on the page (a navigation, an
   * evaluate, {@code page.waitForTimeout}).
   *
   * <p>Chromium itself also logs some {@code console.error} lines that no script wrote, such as
   * {@code Failed to load resource: net::ERR_UNKNOWN_URL_SCHEME} for an image whose src cannot load;
   * a test proving that no script ran should look for {@code dialog.} and its own markers.
   */
  public List<String> events(Page page) {
    List<String> log = events.get(page);
    if (log == null) {
      throw new IllegalArgumentException("not a page opened by this Browser, or already closed");
    }
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  /** Writes a full-page PNG screenshot to {@code target/screenshots/<name>.png} and returns its path. */
  public Path screenshot(Page page, String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      playwright.close();
    }
  }
}
