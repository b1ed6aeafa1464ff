package org.malaff.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaff.model.Article;
import org.malaff.model.Block;
import org.malaff.model.Byline;

/**
 * What every {@link Archive} adapter must do. A new adapter (OpenSearch is next) gets a test class
 * that extends this one and says how to open it; the tests stay unchanged.
 */
abstract class ArchiveContract {
  @TempDir Path dir;
  Archive archive;

  /** Opens the adapter under test on an empty store in {@code dir}; opening again reopens the same store. */
  abstract Archive open(Path dir);

  @BeforeEach
  void start() {
    archive = open(dir);
  }

  @AfterEach
  void stop() {
    archive.close();
  }

  static StoredArticle article(String id, String url, String source, LocalDate date, String headline, String... paragraphs) {
    List<Block> body = java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList();
    Article a = new Article(id, 0, headline, new Byline(source, null, null, null, null, date, null, null), body, 0);
    return new StoredArticle(id, url, a, "test", List.of());
  }

  static Batch batch(StoredArticle... articles) {
    return new Batch(List.of(articles), List.of(), List.of(), List.of(), List.of());
  }

  private static final StoredArticle LAVROV = article("a1", "https://example.org/1", "الحياة", LocalDate.of(2013, 11, 20),
      "لافروف يدعو المعارضة السورية إلى وفد موحد", "دعا وزير الخارجية الروسي سيرغي لافروف المعارضة السورية إلى الذهاب بوفد موحد إلى جنيف.");
  private static final StoredArticle OIL = article("a2", null, "الرياض", LocalDate.of(2015, 7, 21),
      "أسعار النفط تتراجع", "تراجعت أسعار النفط في الأسواق العالمية أمس بعد ارتفاع المخزونات الأمريكية.");
  private static final StoredArticle MINISTRY = article("a3", null, "الحياة", LocalDate.of(2015, 8, 1),
      "الوزارة تعلن خطة جديدة للمدارس", "أعلنت وزارة التعليم خطة جديدة لصيانة المدارس قبل بدء العام الدراسي.");

  @Test
  void what_is_stored_reads_back_the_same() {
    StoreResult r = archive.store(batch(LAVROV, OIL));
    assertThat(r.added()).isEqualTo(2);
    StoredArticle back = archive.article("a1").orElseThrow();
    assertThat(back.article().headline()).isEqualTo(LAVROV.article().headline());
    assertThat(back.article().paragraphs()).isEqualTo(LAVROV.article().paragraphs());
    assertThat(back.article().byline()).isEqualTo(LAVROV.article().byline());
    assertThat(back.url()).isEqualTo("https://example.org/1");
    assertThat(archive.articleCount()).isEqualTo(2);
    assertThat(archive.article("missing")).isEmpty();
  }

  @Test
  void storing_the_same_article_again_adds_nothing() {
    archive.store(batch(LAVROV));
    StoreResult again = archive.store(batch(LAVROV));
    assertThat(again.added()).isZero();
    assertThat(again.alreadyStored()).isEqualTo(1);
    assertThat(archive.articleCount()).isEqualTo(1);
  }

  @Test
  void an_article_with_a_stored_url_is_not_stored_again() {
    archive.store(batch(LAVROV));
    StoredArticle sameUrl = article("a9", "https://example.org/1", "الحياة", null, "عنوان آخر", "نص آخر تماما.");
    assertThat(archive.store(batch(sameUrl)).added()).isZero();
    assertThat(archive.search(SearchQuery.of("تماما")).total()).as("what was not stored is not found").isZero();
    assertThat(archive.idsByUrl(Set.of("https://example.org/1"))).containsEntry("https://example.org/1", "a1");
  }

  @Test
  void a_failed_batch_leaves_what_was_stored_intact() {
    archive.store(batch(LAVROV));
    StoredLink broken = new StoredLink("a2", "no-such-article", "near", 0.9);
    Batch bad = new Batch(List.of(OIL), List.of(), List.of(), List.of(broken), List.of());
    assertThatThrownBy(() -> archive.store(bad)).isInstanceOf(ArchiveException.class);
    assertThat(archive.articleCount()).isEqualTo(1);
    assertThat(archive.article("a2")).isEmpty();
    assertThat(archive.check()).isEmpty();
    assertThat(archive.search(SearchQuery.of("النفط")).total()).isZero();
  }

  @Test
  void finds_words_typed_without_hamza_and_with_other_letter_forms() {
    archive.store(batch(LAVROV, OIL, MINISTRY));
    assertThat(ids(archive.search(SearchQuery.of("اسعار")))).containsExactly("a2"); // أسعار without hamza
    assertThat(ids(archive.search(SearchQuery.of("الوزاره")))).containsExactly("a3"); // ه for ة
    assertThat(ids(archive.search(SearchQuery.of("المعارضه السوريه")))).containsExactly("a1");
  }

  @Test
  void a_phrase_matches_only_words_in_that_order() {
    archive.store(batch(LAVROV, OIL, MINISTRY));
    assertThat(ids(archive.search(SearchQuery.of("\"وفد موحد\"")))).containsExactly("a1");
    assertThat(ids(archive.search(SearchQuery.of("\"موحد وفد\"")))).isEmpty();
  }

  @Test
  void filters_by_outlet_dates_and_person_and_sorts_by_date() {
    StoredArticle withPerson = new StoredArticle(LAVROV.id(), LAVROV.url(), LAVROV.article(), "test", List.of("سيرغي لافروف"));
    archive.store(batch(withPerson, OIL, MINISTRY));
    SearchQuery all = new SearchQuery(null, null, null, null, null, SearchQuery.Order.DATE, 10);
    assertThat(ids(archive.search(all))).containsExactly("a3", "a2", "a1");
    SearchQuery secondPage = new SearchQuery(null, null, null, null, null, SearchQuery.Order.DATE, 2, 2);
    assertThat(ids(archive.search(secondPage))).containsExactly("a1");
    assertThat(archive.search(secondPage).total()).isEqualTo(3);
    assertThat(ids(archive.search(new SearchQuery(null, "الحياة", null, null, null, SearchQuery.Order.DATE, 10))))
        .containsExactly("a3", "a1");
    assertThat(ids(archive.search(new SearchQuery(null, null, LocalDate.of(2015, 7, 21), LocalDate.of(2015, 7, 31), null,
        SearchQuery.Order.DATE, 10)))).containsExactly("a2");
    assertThat(ids(archive.search(new SearchQuery(null, null, null, null, "سيرجي لافروف", SearchQuery.Order.DATE, 10))))
        .containsExactly("a1");
    assertThat(ids(archive.search(new SearchQuery(null, null, null, null, "لافروف", SearchQuery.Order.DATE, 10))))
        .containsExactly("a1");
  }

  @Test
  void a_snippet_marks_the_matched_words_and_escapes_the_text() {
    StoredArticle hostile = article("a4", null, "موقع", null, "خبر", "قال الناطق <script>alert(1)</script> إن المفاوضات مستمرة.");
    archive.store(batch(hostile));
    SearchHit hit = archive.search(SearchQuery.of("المفاوضات")).hits().get(0);
    assertThat(hit.snippet()).contains("<b>المفاوضات</b>").contains("&lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void dossiers_keep_their_articles_in_order() {
    StoredDossier d = new StoredDossier("d1", "روسيا والأزمة السورية", LocalDate.of(2013, 11, 20), "المحرر",
        List.of("الرئيسة", "ملفات المركز"), List.of("a2", "a1"), "test");
    archive.store(new Batch(List.of(LAVROV, OIL), List.of(), List.of(), List.of(), List.of(d)));
    StoredDossier back = archive.dossier("d1").orElseThrow();
    assertThat(back.articleIds()).containsExactly("a2", "a1");
    assertThat(back.title()).isEqualTo("روسيا والأزمة السورية");
    assertThat(archive.dossiers()).extracting(StoredDossier::id).containsExactly("d1");
  }

  @Test
  void a_composed_dossier_is_saved_whole_replaced_and_published_or_withdrawn() {
    archive.store(batch(LAVROV, OIL, MINISTRY));
    StoredDossier draft = new StoredDossier("e1", "مسودة", LocalDate.of(2015, 8, 1), "huda",
        List.of("الرئيسة", "ملفات المركز"), List.of("a3", "a1"), "editor:huda", false);
    archive.saveDossier(draft);
    assertThat(archive.dossier("e1").orElseThrow()).isEqualTo(draft);
    StoredDossier edited = new StoredDossier("e1", "ملف النفط", LocalDate.of(2015, 8, 2), "huda",
        List.of("الرئيسة", "ملفات المركز"), List.of("a2", "a3", "a1"), "editor:huda", false);
    archive.saveDossier(edited);
    assertThat(archive.dossier("e1").orElseThrow()).isEqualTo(edited);
    assertThat(archive.setPublished("e1", true)).isTrue();
    assertThat(archive.dossier("e1").orElseThrow().published()).isTrue();
    assertThat(archive.setPublished("e1", false)).isTrue();
    assertThat(archive.dossier("e1").orElseThrow().published()).isFalse();
    assertThat(archive.setPublished("nope", true)).isFalse();
  }

  @Test
  void a_dossier_naming_an_article_not_stored_is_refused_and_the_old_one_kept() {
    archive.store(batch(LAVROV));
    StoredDossier d = new StoredDossier("e2", "ملف", null, "huda", List.of(), List.of("a1"), "editor:huda", false);
    archive.saveDossier(d);
    StoredDossier broken = new StoredDossier("e2", "ملف آخر", null, "huda", List.of(), List.of("a1", "a404"),
        "editor:huda", false);
    assertThatThrownBy(() -> archive.saveDossier(broken)).isInstanceOf(ArchiveException.class);
    assertThat(archive.dossier("e2").orElseThrow()).isEqualTo(d);
  }

  @Test
  void a_person_has_the_articles_naming_them_and_their_quotes_newest_first() {
    StoredMention m1 = new StoredMention("a1", 0, 0, 12, "سيرغي لافروف", "person", "وزير الخارجية", "person:lavrov",
        "سيرغي لافروف");
    StoredMention m3 = new StoredMention("a3", 0, 0, 6, "لافروف", "person", null, "person:lavrov", "سيرغي لافروف");
    StoredQuote q1 = new StoredQuote("a1", 0, "person:lavrov", "لافروف", false, false, "الحل سياسي");
    StoredQuote q3 = new StoredQuote("a3", 0, "person:lavrov", "لافروف", false, true, "لا بديل عن جنيف");
    archive.store(new Batch(List.of(LAVROV, OIL, MINISTRY), List.of(m1, m3), List.of(q1, q3), List.of(), List.of()));
    assertThat(archive.entity("person:lavrov")).contains(new StoredEntity("person:lavrov", "person", "سيرغي لافروف"));
    assertThat(archive.entity("person:nobody")).isEmpty();
    assertThat(archive.articlesNaming("person:lavrov", 10)).extracting(ArticleRef::id).containsExactly("a3", "a1");
    assertThat(archive.articlesNaming("person:lavrov", 1)).hasSize(1);
    assertThat(archive.quotesBy("person:lavrov", 10)).extracting(q -> q.quote().text())
        .containsExactly("لا بديل عن جنيف", "الحل سياسي");
    assertThat(archive.quotesBy("person:lavrov", 10).get(0).article().headline()).isEqualTo(MINISTRY.article().headline());
    assertThat(archive.mentions("a1")).extracting(StoredMention::text).containsExactly("سيرغي لافروف");
    assertThat(archive.quotes("a3")).containsExactly(q3);
    assertThat(archive.quotes("a2")).isEmpty();
  }

  @Test
  void a_feed_state_is_remembered_and_replaced() {
    assertThat(archive.feed("https://example.org/rss")).isEmpty();
    FeedState first = new FeedState("https://example.org/rss", "الرياض", "\"v1\"", "Mon, 10 Aug 2015 09:00:00 GMT",
        java.time.Instant.parse("2015-08-10T09:00:00Z"), java.time.Instant.parse("2015-08-10T09:15:00Z"), 0, null);
    archive.saveFeed(first);
    assertThat(archive.feed("https://example.org/rss")).contains(first);
    FeedState failed = new FeedState(first.url(), first.title(), first.etag(), first.lastModified(), first.polled(),
        java.time.Instant.parse("2015-08-10T10:00:00Z"), 2, "the server answered 500");
    archive.saveFeed(failed);
    assertThat(archive.feed("https://example.org/rss")).contains(failed);
  }

  @Test
  void duplicate_links_are_kept_both_ways() {
    archive.store(new Batch(List.of(LAVROV, OIL), List.of(), List.of(), List.of(new StoredLink("a1", "a2", "near", 0.91)), List.of()));
    assertThat(archive.links("a2")).containsExactly(new StoredLink("a1", "a2", "near", 0.91));
    assertThat(archive.links("a1")).hasSize(1);
  }

  @Test
  void everything_survives_closing_and_opening_again_and_the_index_is_rebuilt_from_the_records() {
    archive.store(batch(LAVROV, OIL));
    archive.close();
    archive = open(dir);
    assertThat(archive.articleCount()).isEqualTo(2);
    assertThat(ids(archive.search(SearchQuery.of("النفط")))).containsExactly("a2");
    archive.reindex();
    assertThat(ids(archive.search(SearchQuery.of("لافروف")))).containsExactly("a1");
  }

  @Test
  void an_editor_is_added_once_and_only_the_hash_of_the_password_is_kept() {
    String hash = EditorPasswords.hash("كلمة-سر-طويلة".toCharArray());
    assertThat(archive.addEditor("huda", hash)).isTrue();
    assertThat(archive.addEditor("huda", EditorPasswords.hash("another-password".toCharArray()))).isFalse();
    String stored = archive.editorPasswordHash("huda").orElseThrow();
    assertThat(stored).isEqualTo(hash).startsWith("$2").doesNotContain("كلمة");
    assertThat(EditorPasswords.matches("كلمة-سر-طويلة".toCharArray(), stored)).isTrue();
    assertThat(EditorPasswords.matches("كلمة-سر-طويله".toCharArray(), stored)).isFalse();
    assertThat(archive.editorPasswordHash("nobody")).isEmpty();
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }
}
