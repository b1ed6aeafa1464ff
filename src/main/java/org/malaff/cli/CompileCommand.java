package org.malaff.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.archive.SearchHit;
import org.malaff.archive.SearchQuery;
import org.malaff.archive.StoredArticle;
import org.malaff.archive.StoredLink;
import org.malaff.compile.CompiledDossier;
import org.malaff.compile.DossierCompiler;
import org.malaff.format.DossierWriter;
import org.malaff.ingest.BadInputException;
import org.malaff.model.Article;
import org.malaff.publish.HtmlRenderer;
import org.malaff.publish.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Builds a dossier from the archive: the articles matching a query and period, duplicates folded. */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compile a dossier from an archive: a query and a period, copies folded, as txt, html, json or pdf.")
final class CompileCommand implements Callable<Integer> {
  @Option(names = "--archive", required = true, description = "the archive folder")
  Path archive;

  @Option(names = "--query", required = true, description = "what the dossier is about (search syntax)")
  String query;

  @Option(names = "--from", description = "articles from this date (YYYY-MM-DD)")
  LocalDate from;

  @Option(names = "--to", description = "articles to this date, inclusive (YYYY-MM-DD)")
  LocalDate to;

  @Option(names = "--source", description = "only this outlet")
  String source;

  @Option(names = "--title", description = "the dossier's title (default: the query)")
  String title;

  @Option(names = "--editor", description = "who publishes it")
  String editor;

  @Option(names = "--date", description = "the dossier's date (default: its newest article's)")
  LocalDate date;

  @Option(names = "--order", defaultValue = "date", description = "date (oldest first) or relevance (default ${DEFAULT-VALUE})")
  String order;

  @Option(names = "--limit", defaultValue = "30", description = "articles to choose before folding (default ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--format", required = true, description = "txt, html, json or pdf (pdf needs -o FILE)")
  ExportCommand.Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "where to write; '-' or absent: standard output")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws BadInputException {
    DossierCompiler.Order by = switch (order) {
      case "date" -> DossierCompiler.Order.DATE;
      case "relevance" -> DossierCompiler.Order.AS_CHOSEN;
      default -> throw new BadInputException(Path.of(order), "is not an order: use date or relevance");
    };
    CompiledDossier compiled;
    try (EmbeddedArchive a = EmbeddedArchive.openExisting(archive)) {
      List<StoredArticle> chosen = new ArrayList<>();
      for (SearchHit h : a.search(new SearchQuery(query, source, from, to, null, SearchQuery.Order.RELEVANCE, limit)).hits()) {
        a.article(h.id()).ifPresent(chosen::add);
      }
      if (chosen.isEmpty()) {
        throw new BadInputException(archive, "no article matches \"" + query + "\" in that period");
      }
      Set<StoredLink> links = new LinkedHashSet<>();
      chosen.forEach(s -> links.addAll(a.links(s.id())));
      LocalDate when = date != null ? date : chosen.stream().map(s -> s.article().byline().date())
          .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(to);
      compiled = DossierCompiler.compile(chosen, new ArrayList<>(links), title != null ? title : query, when, editor, by);
    }
    if (format == ExportCommand.Format.pdf) {
      ExportCommand.writePdf(org.malaff.publish.PdfRenderer.render(compiled.dossier()), output);
      return 0;
    }
    String text = switch (format) {
      case txt -> DossierWriter.write(compiled.dossier());
      case html, pdf -> HtmlRenderer.render(compiled.dossier());
      case json -> json(compiled) + "\n";
    };
    if (output == null || output.toString().equals("-")) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      ExportCommand.writeAtomically(output, text);
    }
    return 0;
  }

  /** The shape of {@code parse}, with each kept article's folded copies as {@code also_in}. */
  static String json(CompiledDossier c) {
    ObjectNode root = JsonRenderer.tree(c.dossier());
    ArrayNode articles = (ArrayNode) root.get("articles");
    for (int i = 0; i < articles.size(); i++) {
      Article a = c.dossier().articles().get(i);
      ArrayNode also = ((ObjectNode) articles.get(i)).putArray("also_in");
      c.alsoIn().getOrDefault(a.id(), List.of()).forEach(also::add);
    }
    return JsonRenderer.text(root);
  }
}
