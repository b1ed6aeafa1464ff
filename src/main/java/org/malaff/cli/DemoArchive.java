package org.malaff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.malaff.archive.Archive;
import org.malaff.archive.EditorPasswords;
import org.malaff.archive.Importer;
import org.malaff.archive.SearchQuery;
import org.malaff.archive.StoredArticle;
import org.malaff.archive.StoredDossier;
import org.malaff.compile.CompiledDossier;
import org.malaff.compile.DossierCompiler;
import org.malaff.model.Article;

/**
 * The demo archive that {@code malaff serve --demo} starts with, built from what the jar carries:
 * the sample dossier and two days of SaudiNewsNet (3,386 articles, CC BY-NC-SA 4.0, credited on
 * every page), imported through the ordinary import path, plus three dossiers compiled from them
 * and an editor "demo" with a fresh random password.
 */
final class DemoArchive {
  static final String CREDIT = "مقالات العرض: يومان من مجموعة SaudiNewsNet (Alsarem وآخرون، رخصة CC BY-NC-SA 4.0، "
      + "للبحث فقط؛ حقوق كل مقال لصحيفته) وملف موسكو النموذجي.";
  static final String EDITOR = "demo";
  private static final String[] FILES = {"org/malaff/samples/dossiers/moscow-2013-11-20.txt",
      "org/malaff/demo/2015-08-10.zip", "org/malaff/demo/2015-08-11.zip"};
  /** Topics of the compiled dossiers: the query and the title. */
  private static final String[][] TOPICS = {
      {"اليمن الحوثي", "اليمن: المعارك والمواقف"},
      {"داعش", "تنظيم داعش في أخبار الصحف السعودية"},
      {"الحج الحجاج", "استعدادات موسم الحج"}};

  private DemoArchive() {}

  /**
   * Fills {@code archive} (new and empty) and returns the demo editor's password.
   *
   * @param work a folder for the unpacked input files
   */
  static String fill(Archive archive, Path work, Consumer<String> messages) {
    List<Path> files = new ArrayList<>();
    for (String resource : FILES) {
      files.add(unpack(resource, work));
    }
    ImportSources sources = ImportSources.read(files, messages);
    new Importer(archive, 1000).run(sources.sources(), s -> { }, messages);
    for (String[] topic : TOPICS) {
      compile(archive, topic[0], topic[1]);
    }
    byte[] b = new byte[9];
    new SecureRandom().nextBytes(b);
    String password = HexFormat.of().formatHex(b);
    archive.addEditor(EDITOR, EditorPasswords.hash(password.toCharArray()));
    return password;
  }

  private static void compile(Archive archive, String query, String title) {
    List<StoredArticle> chosen = new ArrayList<>();
    archive.search(new SearchQuery(query, null, null, null, null, SearchQuery.Order.RELEVANCE, 20)).hits()
        .forEach(h -> archive.article(h.id()).ifPresent(chosen::add));
    if (chosen.isEmpty()) {
      return;
    }
    List<org.malaff.archive.StoredLink> links = new ArrayList<>();
    chosen.forEach(s -> links.addAll(archive.links(s.id())));
    LocalDate date = chosen.stream().map(s -> s.article().byline().date()).filter(d -> d != null)
        .max(LocalDate::compareTo).orElse(null);
    CompiledDossier c = DossierCompiler.compile(chosen, links, title, date, "محرر العرض", DossierCompiler.Order.DATE);
    List<String> ids = c.dossier().articles().stream().map(Article::id).toList();
    archive.saveDossier(new StoredDossier("demo-" + Integer.toHexString(query.hashCode()), title, date, "محرر العرض",
        List.of("الرئيسة", "ملفات المركز"), ids, "demo:" + query, true));
  }

  private static Path unpack(String resource, Path work) {
    Path target = work.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    try (InputStream in = DemoArchive.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the demo file " + resource);
      }
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(work + ": cannot unpack the demo files: " + e.getMessage(), e);
    }
  }
}
