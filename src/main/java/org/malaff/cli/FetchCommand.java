package org.malaff.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.archive.ImportSource;
import org.malaff.archive.ImportSummary;
import org.malaff.archive.Importer;
import org.malaff.ingest.ArticleExtractor;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.FetchException;
import org.malaff.ingest.FetchPolicy;
import org.malaff.ingest.Fetched;
import org.malaff.ingest.Fetcher;
import org.malaff.ingest.PageDecoder;
import org.malaff.ingest.WebArticle;
import org.malaff.read.Gazetteer;
import org.malaff.read.NewsItemReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code malaff fetch URL --archive DIR}: one article page, fetched safely and stored through the import path. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = "Fetches an article page (http/https; internal addresses refused), finds the article and imports it.")
final class FetchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "URL", description = "the article's address")
  String url;

  @Option(names = "--archive", required = true, description = "the archive folder (created when missing)")
  Path archive;

  @picocli.CommandLine.Mixin AllowedHosts allowed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws BadInputException {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw BadInputException.at(url, "is not a URL: " + e.getMessage());
    }
    FetchPolicy policy = allowed.policy();
    Fetched page;
    try {
      page = new Fetcher(policy).get(uri, null, null);
    } catch (FetchException e) {
      throw BadInputException.at(url, e.getMessage().startsWith(url + ": ") ? e.getMessage().substring(url.length() + 2)
          : e.getMessage());
    }
    WebArticle web = ArticleExtractor.extract(PageDecoder.decode(page.body(), page.contentType()).text(),
        page.uri().toString());
    if (web.paragraphs().isEmpty()) {
      throw BadInputException.at(url, "holds no article text that could be found");
    }
    var article = new NewsItemReader(Gazetteer.bundled()).read(web.asNewsItem(page.uri().toString()), 0);
    var err = spec.commandLine().getErr();
    ImportSummary s;
    try (EmbeddedArchive a = EmbeddedArchive.open(archive)) {
      s = new Importer(a, 100).run(List.of(new ImportSource(page.uri().toString(), null, List.of(article))), x -> { },
          m -> err.println("malaff: " + m));
    }
    spec.commandLine().getOut().printf("%s: %s (%s, %d paragraphs): %s%n", page.uri(), article.headline(),
        article.byline().source() == null ? "outlet unknown" : article.byline().source(), article.paragraphs().size(),
        s.added() == 1 ? "added" : "already in the archive");
    return 0;
  }
}
