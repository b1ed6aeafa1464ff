package org.malaff.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered public pages for readers who are not logged in, by path and query. Pages change only
 * when an editor changes something (the archive is this process's alone while it serves), so
 * every change clears it. Bounded: when full it is cleared and refilled.
 */
final class PageCache {
  private static final int MAX_PAGES = 4_000;
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

  byte[] get(String key, Supplier<byte[]> render) {
    byte[] page = pages.get(key);
    if (page == null) {
      page = render.get();
      if (pages.size() >= MAX_PAGES) {
        pages.clear();
      }
      pages.put(key, page);
    }
    return page;
  }

  void clear() {
    pages.clear();
  }
}
