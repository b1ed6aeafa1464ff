package org.malaff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.malaff.format.DossierReader;
import org.malaff.ingest.TextFileReader;
import org.malaff.model.Article;
import org.malaff.model.Byline;
import org.malaff.model.Dossier;
import org.malaff.model.Problem;
import org.malaff.publish.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code malaff parse FILE [--json]}: reads a dossier and shows what was read. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Reads a dossier in the text format and prints its articles and their metadata.")
final class ParseCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "a dossier text file (UTF-8 or windows-1256)")
  Path file;

  @Option(names = "--json", description = "print JSON (shape in shared/spec/cli-json.md)")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Dossier d = DossierReader.read(new TextFileReader().read(file).text());
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? JsonRenderer.render(d) : summary(d));
    return 0;
  }

  static String summary(Dossier d) {
    StringBuilder s = new StringBuilder();
    s.append(d.title() == null ? "(no title)" : d.title()).append('\n');
    List<String> meta = new ArrayList<>();
    if (d.date() != null) {
      meta.add(d.date().toString());
    }
    if (d.editor() != null) {
      meta.add(d.editor());
    }
    meta.add(d.articles().size() + " articles");
    meta.add(d.toc().size() + " headlines listed");
    s.append(String.join(" · ", meta)).append("\n\n");
    for (Article a : d.articles()) {
      s.append(String.format("%2d. %s%n", a.n(), a.headline()));
      String by = byline(a.byline());
      if (!by.isEmpty()) {
        s.append("    ").append(by).append('\n');
      }
      s.append(String.format("    %d paragraphs, %d subheadings%n", a.paragraphs().size(), a.subheadings().size()));
    }
    if (!d.problems().isEmpty()) {
      s.append('\n').append(d.problems().size()).append(" problems:\n");
      for (Problem p : d.problems()) {
        s.append("  ").append(p.kind().code());
        if (p.line() > 0) {
          s.append(" line ").append(p.line());
        }
        s.append(": ").append(p.message()).append('\n');
      }
    }
    return s.toString().stripTrailing();
  }

  private static String byline(Byline b) {
    List<String> parts = new ArrayList<>();
    add(parts, "outlet", b.source());
    add(parts, "section", b.section());
    add(parts, "author", b.author());
    add(parts, "place", b.place());
    add(parts, "agency", b.agency());
    add(parts, "date", b.date() == null ? null : b.date().toString());
    add(parts, "time", b.time() == null ? null : String.format("%02d:%02d", b.time().getHour(), b.time().getMinute()));
    add(parts, "code", b.code());
    return String.join(" · ", parts);
  }

  private static void add(List<String> parts, String label, String value) {
    if (value != null) {
      parts.add(label + ": " + value);
    }
  }
}
