package org.malaff.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the recognizer knows about words beyond the tagged corpus: {@link WordClusters classes} and
 * {@link WordProfiles profiles} learned from unlabelled news, {@link NameWords words of foreign
 * names} ({@code names}, from ANETAC) and the words of listed names ({@code listed}, from
 * ANERGazet). Ships as four resources beside this class, rebuilt by {@code malaff train-ner}.
 */
public record Lexicon(WordClusters classes, WordProfiles profiles, NameWords names, NameWords listed) {
  public static final String CLASSES = "word-classes.tsv.gz";
  public static final String PROFILES = "word-profiles.tsv.gz";
  public static final String NAMES = "name-words.tsv.gz";
  public static final String LISTED = "listed-words.tsv.gz";

  /** Knows nothing: the features of the words themselves only. */
  public static Lexicon none() {
    return new Lexicon(WordClusters.none(), WordProfiles.none(), NameWords.none(), NameWords.none());
  }

  /** The lexicon that ships with Malaff. */
  public static Lexicon bundled() throws IOException {
    try (InputStream c = resource(CLASSES); InputStream p = resource(PROFILES); InputStream n = resource(NAMES);
        InputStream l = resource(LISTED)) {
      return new Lexicon(WordClusters.read(c), WordProfiles.read(p), NameWords.read(n), NameWords.read(l));
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name + " (rebuild it with: malaff train-ner)");
    }
    return in;
  }

  /** Strips clitics knowing the collection's vocabulary (the words of the classes). */
  public Proclitics proclitics() {
    return new Proclitics(classes::has);
  }

  /** Writes the four files into {@code folder}. */
  public void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (OutputStream o = Files.newOutputStream(folder.resolve(CLASSES))) {
      classes.write(o);
    }
    try (OutputStream o = Files.newOutputStream(folder.resolve(PROFILES))) {
      profiles.write(o);
    }
    try (OutputStream o = Files.newOutputStream(folder.resolve(NAMES))) {
      names.write(o);
    }
    try (OutputStream o = Files.newOutputStream(folder.resolve(LISTED))) {
      listed.write(o);
    }
  }
}
