package org.malaff.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.malaff.archive.Archive;
import org.malaff.archive.StoredArticle;
import org.malaff.archive.StoredDossier;
import org.malaff.archive.StoredLink;
import org.malaff.model.Article;
import org.malaff.model.Dossier;

/** A stored dossier made whole again from the archive: as stored, or with its copies folded. */
public final class StoredDossiers {
  private StoredDossiers() {}

  /** The dossier's articles in its order, each under its archive id, numbered from 1. */
  public static Dossier asStored(Archive archive, StoredDossier d) {
    List<Article> articles = new ArrayList<>();
    for (String id : d.articleIds()) {
      Article x = archive.article(id).orElseThrow(() -> new IllegalStateException("dossier " + d.id()
          + " names article " + id + ", which is not stored")).article();
      articles.add(new Article(id, articles.size() + 1, x.headline(), x.byline(), x.body(), 0));
    }
    return new Dossier(d.breadcrumb(), d.title(), d.date(), d.editor(),
        articles.stream().map(Article::headline).toList(), articles, List.of());
  }

  /**
   * The dossier as readers see it: copies of one story (the same article twice, one inside
   * another, a near copy) folded under the fullest, in the dossier's order, with the copies
   * elsewhere in the archive listed as {@code also_in}.
   */
  public static CompiledDossier folded(Archive archive, StoredDossier d) {
    List<StoredArticle> chosen = new ArrayList<>();
    List<StoredLink> links = new ArrayList<>();
    for (String id : new LinkedHashSet<>(d.articleIds())) {
      archive.article(id).ifPresent(chosen::add);
      links.addAll(archive.links(id));
    }
    CompiledDossier c = DossierCompiler.compile(chosen, links, d.title(), d.date(), d.editor(),
        DossierCompiler.Order.AS_CHOSEN);
    Dossier x = c.dossier();
    return new CompiledDossier(new Dossier(d.breadcrumb(), x.title(), x.date(), x.editor(), x.toc(), x.articles(),
        List.of()), c.alsoIn());
  }
}
