package org.malaff.compile;

import java.util.List;
import java.util.Map;
import org.malaff.model.Dossier;

/**
 * A compiled dossier and, for each kept article (by id), the other copies folded under it: the
 * ids of articles with the same text, a near copy, or contained in it or containing it.
 */
public record CompiledDossier(Dossier dossier, Map<String, List<String>> alsoIn) {
  public CompiledDossier {
    alsoIn = Map.copyOf(alsoIn);
  }
}
