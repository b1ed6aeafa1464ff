package org.malaff.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.malaff.archive.EditorPasswords;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.archive.ImportSource;
import org.malaff.archive.Importer;
import org.malaff.format.DossierReader;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.NewsItem;
import org.malaff.ingest.NewsJsonReader;
import org.malaff.model.Article;
import org.malaff.model.Block;
import org.malaff.model.Byline;
import org.malaff.model.Dossier;
import org.malaff.read.Gazetteer;
import org.malaff.read.NewsItemReader;

/**
 * Test fixture: a site on a free loopback port over a fresh archive holding the sample dossier,
 * {@code news} SaudiNewsNet articles of 2015-08-10 (from ../shared), and, when asked, articles
 * made of the OWASP filter-evasion vectors (every vector as a headline, outlet, author and paragraph),
 * imported through the ordinary import path; plus an editor {@value #EDITOR}.
 */
final class TestSite implements AutoCloseable {
  static final String EDITOR = "huda";
  static final String PASSWORD = "كلمة-سر-للاختبار";
  static final Path SAMPLE = Path.of("samples/dossiers/moscow-2013-11-20.txt");
  static final Path NEWS = Path.of("../shared/data/saudinewsnet/dataset/2015-08-10.zip");
  /** The word every hostile paragraph carries, to find them by search. */
  static final String VECTOR_WORD = "الاختراق";

  final EmbeddedArchive archive;
  final Site site;
  final String base;

  private TestSite(EmbeddedArchive archive, Site site) {
    this.archive = archive;
    this.site = site;
    this.base = "http://127.0.0.1:" + site.port();
  }

  static TestSite start(Path dir, int news, boolean vectors) {
    EmbeddedArchive archive = EmbeddedArchive.open(dir);
    try {
      List<ImportSource> sources = new ArrayList<>();
      Dossier sample = DossierReader.read(Files.readString(SAMPLE, StandardCharsets.UTF_8));
      sources.add(new ImportSource(SAMPLE.toString(), sample, sample.articles()));
      if (news > 0) {
        NewsItemReader reader = new NewsItemReader(Gazetteer.bundled());
        List<Article> articles = new ArrayList<>();
        for (NewsItem item : NewsJsonReader.read(NEWS).subList(0, news)) {
          articles.add(reader.read(item, 0));
        }
        sources.add(new ImportSource(NEWS.toString(), null, articles));
      }
      if (vectors) {
        sources.add(hostile());
      }
      List<String> problems = new ArrayList<>();
      new Importer(archive, 500).run(sources, s -> { }, problems::add);
      if (!problems.isEmpty()) {
        throw new IllegalStateException("the fixture did not import cleanly: " + problems);
      }
      archive.addEditor(EDITOR, EditorPasswords.hash(PASSWORD.toCharArray()));
      return new TestSite(archive, new Site(archive, SiteSettings.defaults()).start("127.0.0.1", 0));
    } catch (IOException e) {
      archive.close();
      throw new UncheckedIOException(e);
    } catch (BadInputException | RuntimeException e) {
      archive.close();
      throw new IllegalStateException(e);
    }
  }

  /** The vectors, verbatim: one per line of the test resource, comments and blank lines left out. */
  static List<String> vectors() {
    try (var in = TestSite.class.getResourceAsStream("xss-vectors.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A dossier of hostile articles: each vector is a headline, an outlet, an author and a paragraph. */
  private static ImportSource hostile() {
    List<String> vectors = vectors();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      String v = vectors.get(i);
      Byline b = new Byline(v, null, v, "الرياض", null, LocalDate.of(2015, 8, 10), null, null);
      articles.add(new Article("xss-" + i, i + 1, v, b, List.of(Block.paragraph("فقرة " + VECTOR_WORD + " رقم " + i + ": " + v),
          Block.subheading(v), Block.paragraph(v + " " + VECTOR_WORD + " خاتمة " + i)), 0));
    }
    Dossier d = new Dossier(List.of("الرئيسة", "ملفات المركز"), "<script>alert(1)</script> ملف " + VECTOR_WORD,
        LocalDate.of(2015, 8, 10), "<img src=x onerror=alert(1)>", articles.stream().map(Article::headline).toList(),
        articles, List.of());
    return new ImportSource("xss-vectors", d, articles);
  }

  @Override
  public void close() {
    try {
      site.close();
    } finally {
      archive.close();
    }
  }
}
