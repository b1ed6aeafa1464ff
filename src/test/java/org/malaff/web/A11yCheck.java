package org.malaff.web;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Test helper: runs the accessibility check in {@code a11y-check.js} (one h1, heading order,
 * accessible names, WCAG AA text contrast, {@code <html lang dir>}) on the page a browser has loaded,
 * and returns what it found as readable lines. Works on pages opened without JavaScript too: Playwright
 * evaluates in its own isolated world, which the page's script setting does not block.
 */
public final class A11yCheck {
  private static final String SCRIPT = load("a11y-check.js");

  private A11yCheck() {}

  /** The violations on the page as it is now; empty when it passes. */
  public static List<String> violations(Page page) {
    List<?> found = (List<?>) page.evaluate(SCRIPT);
    return found.stream().map(String::valueOf).toList();
  }

  private static String load(String name) {
    try (InputStream in = A11yCheck.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource org/malaff/web/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
