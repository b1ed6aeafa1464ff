package org.malaff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.malaff.archive.Archive;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.ingest.BadInputException;
import org.malaff.web.Site;
import org.malaff.web.SiteSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code malaff serve}: the site over an archive, or over a demo archive built on the spot. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the site: dossiers, articles, people, search, the feed and the editor.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--archive", description = "the archive folder to serve")
  Path archive;

  @Option(names = "--demo", description = "serve a demo archive built now in a temporary folder (the sample dossier "
      + "and two days of SaudiNewsNet), with an editor 'demo' whose password is printed")
  boolean demo;

  @Option(names = "--port", defaultValue = "8080", description = "the port (default ${DEFAULT-VALUE}; 0: any free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "the address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
  String host;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (demo == (archive != null)) {
      throw new BadInputException(Path.of("serve"), "give either --archive DIR or --demo");
    }
    var err = spec.commandLine().getErr();
    Path temp = demo ? Files.createTempDirectory("malaff-demo-") : null;
    Archive a;
    SiteSettings settings = SiteSettings.defaults();
    String password = null;
    if (demo) {
      err.println("malaff: building the demo archive in " + temp + " (a few seconds)...");
      err.flush();
      Files.createDirectories(temp.resolve("input"));
      a = EmbeddedArchive.open(temp.resolve("archive"));
      password = DemoArchive.fill(a, temp.resolve("input"), m -> err.println("malaff: " + m));
      settings = settings.withCredit(DemoArchive.CREDIT);
    } else {
      a = EmbeddedArchive.openExisting(archive);
    }
    Site site;
    try {
      site = new Site(a, settings).start(host, port);
    } catch (RuntimeException e) {
      a.close();
      throw new BadInputException(Path.of(host + ":" + port), "cannot serve there: " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      site.close();
      a.close();
      if (temp != null) {
        delete(temp);
      }
      stopped.countDown();
    }));
    var out = spec.commandLine().getOut();
    out.println("Malaff serves http://" + host + ":" + site.port() + "/  (Ctrl-C stops)");
    if (password != null) {
      out.println("editor: " + DemoArchive.EDITOR + "  password: " + password + "  (log in at /editor/login)");
    }
    out.flush();
    stopped.await();
    return 0;
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is the system's to clean
    }
  }
}
