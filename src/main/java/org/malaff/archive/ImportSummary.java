package org.malaff.archive;

/**
 * What an import did: articles added, articles already in the archive (or twice in the input) and
 * so not stored again, inputs or items refused with a problem, dossiers added.
 */
public record ImportSummary(int added, int duplicates, int problems, int dossiers) {
  ImportSummary plus(ImportSummary o) {
    return new ImportSummary(added + o.added, duplicates + o.duplicates, problems + o.problems, dossiers + o.dossiers);
  }
}
