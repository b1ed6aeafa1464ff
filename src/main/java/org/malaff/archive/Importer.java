package org.malaff.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.malaff.dedup.DedupSettings;
import org.malaff.dedup.DuplicateIndex;
import org.malaff.dedup.DuplicateJudge;
import org.malaff.dedup.Fingerprint;
import org.malaff.dedup.Fingerprinter;
import org.malaff.dedup.ShingleFrequency;
import org.malaff.extract.EntityExtractor;
import org.malaff.extract.Extraction;
import org.malaff.extract.NameKey;
import org.malaff.model.Article;
import org.malaff.model.Dossier;
import org.malaff.model.DuplicateLink;
import org.malaff.model.Entity;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.model.Quote;
import org.malaff.read.Gazetteer;

/**
 * Imports read articles into an {@link Archive}, in batches that are each stored in one
 * transaction. An article's archive id is the hash of its text, so the same article imported twice,
 * from anywhere, is one record; an article whose URL is stored is not stored again. New articles are
 * linked to the near copies and containing articles already stored or imported before them (the
 * duplicate index of {@code dedup}, filled with the stored articles when the importer starts), and
 * their entities and quotes are extracted batch by batch (names by the rules: the fast path).
 */
public final class Importer {
  private final Archive archive;
  private final int batchSize;
  private final Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.DEFAULT);
  private final DuplicateIndex index;
  private final ShingleFrequency frequency = new ShingleFrequency();
  private final DuplicateJudge judge;
  private final List<Fingerprint> indexed = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final EntityExtractor extractor = new EntityExtractor(Gazetteer.bundled());

  public Importer(Archive archive, int batchSize) {
    this.archive = archive;
    this.batchSize = Math.max(1, batchSize);
    this.index = new DuplicateIndex(DedupSettings.DEFAULT, (int) Math.max(1024, archive.articleCount() * 2));
    this.judge = new DuplicateJudge(DedupSettings.DEFAULT, frequency);
    archive.eachArticle(s -> remember(fingerprinter.of(s.id(), s.article().paragraphs())));
  }

  private void remember(Fingerprint f) {
    seen.add(f.id());
    frequency.add(f.shingles());
    indexed.add(f);
    index.add(f);
  }

  /** The archive id an article gets: that of its text (the same text always gets the same id). */
  public static String idOf(org.malaff.model.Article a) {
    return idOf(new Fingerprinter(DedupSettings.DEFAULT).of("", textOf(a)));
  }

  /** What an article's id is made from: its paragraphs, or its headline when it has none. */
  private static List<String> textOf(org.malaff.model.Article a) {
    return a.paragraphs().isEmpty() ? List.of(a.headline()) : a.paragraphs();
  }

  /** The archive id of an article's text. */
  public static String idOf(Fingerprint f) {
    return String.format("a%016x", f.textHash());
  }

  /**
   * Imports {@code sources} in order; {@code progress} hears the summary so far after each batch
   * is committed, and a message for each problem.
   */
  public ImportSummary run(List<ImportSource> sources, Consumer<ImportSummary> progress, Consumer<String> problems) {
    ImportSummary total = new ImportSummary(0, 0, 0, 0);
    List<ImportSource> pending = new ArrayList<>();
    int pendingArticles = 0;
    for (ImportSource s : split(sources)) {
      pending.add(s);
      pendingArticles += s.articles().size();
      if (pendingArticles >= batchSize) {
        total = total.plus(storeSafely(pending, problems));
        progress.accept(total);
        pending = new ArrayList<>();
        pendingArticles = 0;
      }
    }
    if (!pending.isEmpty()) {
      total = total.plus(storeSafely(pending, problems));
      progress.accept(total);
    }
    return total;
  }

  /** Loose articles in parts of at most a batch each (a news file holds thousands); a dossier stays whole. */
  private List<ImportSource> split(List<ImportSource> sources) {
    List<ImportSource> out = new ArrayList<>();
    for (ImportSource s : sources) {
      if (s.dossier() != null || s.articles().size() <= batchSize) {
        out.add(s);
        continue;
      }
      for (int from = 0; from < s.articles().size(); from += batchSize) {
        out.add(new ImportSource(s.origin(), null, s.articles().subList(from, Math.min(s.articles().size(), from + batchSize))));
      }
    }
    return out;
  }

  /** Stores the sources in one batch; when that fails, one source at a time, so one bad input costs only itself. */
  private ImportSummary storeSafely(List<ImportSource> sources, Consumer<String> problems) {
    Set<String> seenBefore = new HashSet<>(seen);
    try {
      return store(sources);
    } catch (ArchiveException e) {
      seen.retainAll(seenBefore);
      if (sources.size() == 1) {
        problems.accept(sources.get(0).origin() + ": not stored: " + e.getMessage());
        return new ImportSummary(0, 0, 1, 0);
      }
      ImportSummary out = new ImportSummary(0, 0, 0, 0);
      for (ImportSource s : sources) {
        out = out.plus(storeSafely(List.of(s), problems));
      }
      return out;
    }
  }

  private ImportSummary store(List<ImportSource> sources) {
    List<StoredArticle> fresh = new ArrayList<>();
    List<Fingerprint> freshPrints = new ArrayList<>();
    List<StoredDossier> dossiers = new ArrayList<>();
    int duplicates = 0;
    Set<String> urls = new HashSet<>();
    for (ImportSource s : sources) {
      s.articles().stream().map(Importer::url).filter(u -> u != null).forEach(urls::add);
    }
    Map<String, String> storedUrls = new HashMap<>(archive.idsByUrl(urls));
    for (ImportSource s : sources) {
      List<String> order = new ArrayList<>();
      for (Article a : s.articles()) {
        Fingerprint f = fingerprinter.of("", textOf(a));
        String id = idOf(f);
        String url = url(a);
        String known = url != null ? storedUrls.get(url) : null;
        if (known != null || seen.contains(id)) {
          duplicates++;
          order.add(known != null ? known : id);
          continue;
        }
        seen.add(id);
        if (url != null) {
          storedUrls.put(url, id);
        }
        order.add(id);
        Article stored = new Article(id, 0, a.headline(), a.byline(), a.body(), 0);
        fresh.add(new StoredArticle(id, url, stored, s.origin() + (a.line() > 0 ? ":" + a.line() : ""), List.of()));
        freshPrints.add(new Fingerprint(id, f.textHash(), f.shingles(), f.signature(), f.samples(), f.words(),
            f.paragraphStarts(), f.shingleSize()));
      }
      if (s.dossier() != null) {
        dossiers.add(dossier(s.dossier(), order, s.origin()));
      }
    }
    List<StoredLink> links = new ArrayList<>();
    // links to what is stored, and within the batch through an index of its own: the batch joins
    // the importer's index only once it is stored, so a batch that fails leaves no trace there
    DuplicateIndex local = new DuplicateIndex(DedupSettings.DEFAULT, Math.max(16, freshPrints.size() * 2));
    List<Fingerprint> localDocs = new ArrayList<>();
    for (Fingerprint f : freshPrints) {
      frequency.add(f.shingles());
      for (int c : index.candidates(f)) {
        judge.judge(indexed.get(c), f).ifPresent(l -> links.add(link(l)));
      }
      for (int c : local.candidates(f)) {
        judge.judge(localDocs.get(c), f).ifPresent(l -> links.add(link(l)));
      }
      localDocs.add(f);
      local.add(f);
    }
    Extraction extraction = extractor.extract(fresh.stream().map(StoredArticle::id).toList(),
        fresh.stream().map(x -> x.article().paragraphs()).toList());
    Map<String, String> keyOf = new HashMap<>();
    Map<String, Entity> entityOf = new HashMap<>();
    List<StoredMention> mentions = new ArrayList<>();
    Map<String, Set<String>> persons = new LinkedHashMap<>();
    for (Entity e : extraction.entities()) {
      String key = entityKey(e);
      keyOf.put(e.id(), key);
      entityOf.put(e.id(), e);
      for (Mention m : e.mentions()) {
        mentions.add(new StoredMention(m.article(), m.paragraph(), m.start(), m.end(), m.text(), e.type().code(),
            m.role(), key, e.name()));
        if (e.type() == EntityType.PERSON) {
          persons.computeIfAbsent(m.article(), k -> new java.util.LinkedHashSet<>()).add(e.name());
        }
      }
    }
    List<StoredQuote> quotes = new ArrayList<>();
    for (Quote q : extraction.quotes()) {
      quotes.add(new StoredQuote(q.article(), q.paragraph(), q.speaker() == null ? null : keyOf.get(q.speaker()),
          q.speakerText(), q.anonymous(), q.direct(), q.text()));
    }
    List<StoredArticle> withPersons = fresh.stream().map(a -> new StoredArticle(a.id(), a.url(), a.article(), a.origin(),
        List.copyOf(persons.getOrDefault(a.id(), Set.of())))).toList();
    StoreResult r = archive.store(new Batch(withPersons, mentions, quotes, links, dossiers));
    for (Fingerprint f : freshPrints) {
      indexed.add(f);
      index.add(f);
    }
    return new ImportSummary(r.added(), duplicates + r.alreadyStored(), 0, r.dossiersAdded());
  }

  /** The key an entity is filed under across imports: its type and the name key of its name. */
  static String entityKey(Entity e) {
    String k = e.type() == EntityType.PLACE ? NameKey.placeKey(e.name()) : NameKey.nameSkeleton(NameKey.tokens(e.name()));
    return e.type().code() + ":" + k;
  }

  private static StoredLink link(DuplicateLink l) {
    return new StoredLink(l.a(), l.b(), l.kind().code(), l.score());
  }

  private static StoredDossier dossier(Dossier d, List<String> order, String origin) {
    long h = org.malaff.text.Hashing.string(d.title() + "\u0001" + d.date() + "\u0001" + String.join(",", order));
    return new StoredDossier(String.format("d%016x", h), d.title(), d.date(), d.editor(), d.breadcrumb(), order, origin);
  }

  private static String url(Article a) {
    return a.id().startsWith("http://") || a.id().startsWith("https://") ? a.id() : null;
  }
}
