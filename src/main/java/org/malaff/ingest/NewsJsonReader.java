package org.malaff.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads news items from a JSON array of article objects, or from a zip of such arrays (the
 * SaudiNewsNet layout: one zip a day, one JSON array inside). Items are streamed, so a large file
 * is never held as a tree.
 */
public final class NewsJsonReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private NewsJsonReader() {}

  /** The items of a {@code .json} or {@code .zip} file. */
  public static List<NewsItem> read(Path file) throws BadInputException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    try (InputStream in = Files.newInputStream(file)) {
      if (name.endsWith(".zip")) {
        return readZip(file, in);
      }
      return readArray(file, file.getFileName().toString(), in);
    } catch (IOException e) {
      throw new BadInputException(file, "cannot be read: " + e.getMessage());
    }
  }

  private static List<NewsItem> readZip(Path file, InputStream in) throws IOException, BadInputException {
    List<NewsItem> items = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (!e.isDirectory() && e.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
          items.addAll(readArray(file, file.getFileName() + "!" + e.getName(), zip));
        }
      }
    } catch (java.util.zip.ZipException ex) {
      throw new BadInputException(file, "is not a readable zip: " + ex.getMessage());
    }
    return items;
  }

  private static List<NewsItem> readArray(Path file, String label, InputStream in) throws IOException, BadInputException {
    List<NewsItem> items = new ArrayList<>();
    JsonParser p = new JsonFactory().createParser(new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // the zip stream stays open for its next entry
      }
    });
    p.setCodec(MAPPER);
    try {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new BadInputException(file, p.currentLocation().getLineNr(), "is not a JSON array of articles");
      }
      int index = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        JsonNode o = p.readValueAsTree();
        items.add(new NewsItem(label + "#" + index, text(o, "url"), text(o, "source"), text(o, "date_extracted",
            "date"), text(o, "title"), text(o, "author"), text(o, "content")));
        index++;
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadInputException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "is not valid JSON: " + e.getOriginalMessage());
    }
    return items;
  }

  private static String text(JsonNode o, String... names) {
    for (String n : names) {
      JsonNode v = o.get(n);
      if (v != null && !v.isNull() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }
}
