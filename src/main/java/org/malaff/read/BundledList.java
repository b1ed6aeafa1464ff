package org.malaff.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a list bundled in the jar: UTF-8, one entry a line, blank lines and lines starting with
 * {@code #} skipped. A missing list is a packaging error and throws.
 */
public final class BundledList {
  private BundledList() {}

  /** The entries of {@code resource}, found beside {@code owner}'s class. */
  public static List<String> lines(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled list missing: " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
