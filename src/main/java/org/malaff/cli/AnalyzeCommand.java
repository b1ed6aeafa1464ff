package org.malaff.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.malaff.dedup.DedupSettings;
import org.malaff.dedup.DuplicateFinder;
import org.malaff.dedup.Fingerprint;
import org.malaff.dedup.Fingerprinter;
import org.malaff.dedup.StatementMatcher;
import org.malaff.extract.EntityExtractor;
import org.malaff.extract.ner.ModelNameFinder;
import org.malaff.extract.Extraction;
import org.malaff.model.Article;
import org.malaff.read.Gazetteer;
import org.malaff.model.DuplicateLink;
import org.malaff.model.StatementLink;
import org.malaff.publish.DuplicateReport;
import org.malaff.publish.JsonRenderer;
import org.malaff.publish.PeopleReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code malaff analyze PATH… [--json | --format text]}: reads articles and finds their duplicates. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Reads dossiers, article files, news JSON/zip files or folders of them; finds duplicates, "
        + "shared statements, people, organisations and places, and who said what.")
final class AnalyzeCommand implements Callable<Integer> {
  enum Format { json, text }

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders")
  List<Path> paths;

  @Option(names = "--json", description = "print JSON (same as --format json)")
  boolean json;

  @Option(names = "--format", description = "json or text (default: text)")
  Format format;

  @Option(names = "--names", defaultValue = "model",
      description = "how names are found: rules, or model (the rules, then the trained model where they found none; default)")
  NameFinding names;

  /** How names are found. */
  enum NameFinding { rules, model }

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ArticleCollector input = ArticleCollector.collect(paths);
    List<Article> articles = input.articles();
    Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.DEFAULT);
    List<Fingerprint> prints = articles.stream().map(a -> fingerprinter.of(a.id(), a.paragraphs())).toList();
    List<DuplicateLink> links = new DuplicateFinder(DedupSettings.DEFAULT).find(prints);
    Set<String> copies = new HashSet<>();
    links.stream().filter(l -> l.kind() != DuplicateLink.Kind.OVERLAP).forEach(l -> copies.add(l.a() + "\t" + l.b()));
    List<StatementLink> statements = new StatementMatcher().find(articles.stream().map(Article::id).toList(),
        articles.stream().map(Article::paragraphs).toList(), copies);
    Gazetteer gazetteer = Gazetteer.bundled();
    Extraction extraction = new EntityExtractor(gazetteer,
        names == NameFinding.model ? ModelNameFinder.bundled(gazetteer) : null).extract(
        articles.stream().map(Article::id).toList(), articles.stream().map(Article::paragraphs).toList());
    if (json || format == Format.json) {
      ObjectNode root = JsonRenderer.object();
      ArrayNode arts = root.putArray("articles");
      articles.forEach(a -> arts.add(JsonRenderer.article(a)));
      ArrayNode dups = root.putArray("duplicates");
      links.forEach(l -> dups.add(JsonRenderer.duplicate(l)));
      ArrayNode entities = root.putArray("entities");
      extraction.entities().forEach(e -> entities.add(JsonRenderer.entity(e)));
      ArrayNode quotes = root.putArray("quotes");
      extraction.quotes().forEach(q -> quotes.add(JsonRenderer.quote(q)));
      ArrayNode same = root.putArray("statements");
      statements.forEach(l -> same.add(JsonRenderer.statement(l)));
      root.set("problems", JsonRenderer.problems(input.problems()));
      spec.commandLine().getOut().println(JsonRenderer.text(root));
    } else {
      spec.commandLine().getOut().print(DuplicateReport.render(articles, links, statements));
      spec.commandLine().getOut().print(PeopleReport.render(articles, extraction.entities(), extraction.quotes()));
    }
    return 0;
  }
}
