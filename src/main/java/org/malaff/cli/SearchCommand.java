package org.malaff.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.archive.SearchHit;
import org.malaff.archive.SearchQuery;
import org.malaff.archive.SearchResult;
import org.malaff.ingest.BadInputException;
import org.malaff.publish.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Searches an archive with Malaff's Arabic analysis. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search an archive: words, \"phrases\", filters by outlet, dates and person.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", description = "words and \"phrases\" (all must match; OR and NOT as in Lucene)")
  String query;

  @Option(names = "--archive", required = true, description = "the archive folder")
  Path archive;

  @Option(names = "--source", description = "only this outlet")
  String source;

  @Option(names = "--from", description = "from this date (YYYY-MM-DD)")
  LocalDate from;

  @Option(names = "--to", description = "to this date, inclusive (YYYY-MM-DD)")
  LocalDate to;

  @Option(names = "--person", description = "only articles naming this person (any spelling the name key joins)")
  String person;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date (newest first)")
  String sort;

  @Option(names = "--limit", defaultValue = "10", description = "hits to show (default ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws BadInputException {
    SearchQuery.Order order = switch (sort) {
      case "date" -> SearchQuery.Order.DATE;
      case "relevance" -> SearchQuery.Order.RELEVANCE;
      default -> throw new BadInputException(Path.of(sort), "is not a sort order: use relevance or date");
    };
    SearchResult result;
    try (EmbeddedArchive a = EmbeddedArchive.openExisting(archive)) {
      result = a.search(new SearchQuery(query, source, from, to, person, order, limit));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = JsonRenderer.object();
      root.put("total", result.total());
      ArrayNode hits = root.putArray("hits");
      for (SearchHit h : result.hits()) {
        ObjectNode o = hits.addObject();
        o.put("id", h.id());
        o.put("headline", h.headline());
        o.put("source", h.source());
        o.put("date", h.date() == null ? null : h.date().toString());
        o.put("snippet", h.snippet());
      }
      out.println(JsonRenderer.text(root));
    } else {
      out.printf("%d articles match%n", result.total());
      for (SearchHit h : result.hits()) {
        out.printf("%n%s  %s%n  %s · %s%n  %s%n", h.id(), h.headline(), h.source() == null ? "—" : h.source(),
            h.date() == null ? "—" : h.date(), plain(h.snippet()));
      }
    }
    out.flush();
    return 0;
  }

  /** A snippet for a terminal: matches between ‹ and ›, entities unescaped. */
  private static String plain(String snippet) {
    return snippet.replace("<b>", "‹").replace("</b>", "›").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&amp;", "&").replace('\n', ' ');
  }
}
