package org.malaff.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.malaff.extract.ner.Lexicon;
import org.malaff.extract.ner.ModelNameFinder;
import org.malaff.extract.ner.NameWords;
import org.malaff.extract.ner.NerFeatures;
import org.malaff.extract.ner.NerModel;
import org.malaff.extract.ner.NerTrainer;
import org.malaff.extract.ner.TaggedCorpus;
import org.malaff.extract.ner.TaggedSentence;
import org.malaff.extract.ner.WordClusters;
import org.malaff.extract.ner.WordProfiles;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.NewsItem;
import org.malaff.read.Gazetteer;
import org.malaff.text.ArabicNormalizer.Level;
import org.malaff.text.ArabicTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Rebuilds the bundled name-finder: word classes learned from a news collection, then the model
 * trained on the training part of a tagged corpus (all but the held-out last share, so that
 * {@code malaff bench ner} scores text the model has not seen). Deterministic for given inputs.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
    description = "Rebuild the bundled name-finder model from ANERcorp, with word classes and profiles from a news"
        + " collection, foreign-name words from ANETAC and listed names from ANERGazet.")
final class TrainNerCommand implements Callable<Integer> {
  static final double HELD_OUT = 0.2;
  static final int BITS = 22;
  static final int EPOCHS = 15;
  static final int WINDOW = 20;

  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", defaultValue = "../shared/data/anercorp/ANERCorp.txt",
      description = "the tagged corpus, one \"token TAG\" a line (default ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--collection", defaultValue = "../shared/data/saudinewsnet/dataset",
      description = "unlabelled news for the word classes and profiles (default ${DEFAULT-VALUE})")
  Path collection;

  @Option(names = "--names", defaultValue = "../shared/data/anetac/EN-AR_Named-entities.txt",
      description = "English–Arabic name pairs, \"KIND English Arabic\" a line (ANETAC; default ${DEFAULT-VALUE})")
  Path names;

  @Option(names = "--gazetteers", defaultValue = "../shared/data/anercorp/ANERGazet",
      description = "a folder with PersGazetteer.txt, LocGazetteer.txt and OrgGazetteer.txt, a name a line"
          + " (ANERGazet; default ${DEFAULT-VALUE})")
  Path gazetteers;

  @Option(names = "--out", defaultValue = "src/main/resources/org/malaff/extract/ner",
      description = "where the model and the word classes are written (default ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() throws BadInputException, IOException {
    PrintWriter say = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    List<List<String>> sentences = new ArrayList<>();
    for (NewsItem item : NewsCollection.items(collection)) {
      for (String p : NewsCollection.paragraphs(item)) {
        sentences.add(ArabicTokenizer.words(p, Level.STANDARD));
      }
    }
    WordClusters clusters = WordClusters.learn(sentences, 5, 60_000, 3_000, new int[] {64, 256}, 10, 1);
    long t1 = System.nanoTime();
    say.printf("word classes: %,d words from %,d paragraphs of %s in %.0f s%n", clusters.vocabulary(),
        sentences.size(), collection, (t1 - t0) / 1e9);
    List<TaggedSentence> all = readCorpus(corpus);
    List<TaggedSentence> train = all.subList(0, TaggedCorpus.heldOutStart(all, HELD_OUT));
    NameWords nameWords = NameWords.fromAnetac(readLines(names));
    Set<String> titles = new HashSet<>(NerFeatures.roleWords());
    titles.addAll(TaggedCorpus.wordsBefore(train, "PERS", 3, 0.3));
    Gazetteer gazetteer = Gazetteer.bundled();
    WordProfiles profiles = WordProfiles.learn(sentences,
        new WordProfiles.ContextWords(titles, nameWords.of("PERSON"), NerFeatures.orgWords(), gazetteer::isGivenName),
        new Lexicon(clusters, WordProfiles.none(), nameWords, NameWords.none()).proclitics());
    NameWords listed = NameWords.fromLists(java.util.Map.of("PERSON", readLines(gazetteers.resolve("PersGazetteer.txt")),
        "LOCATION", readLines(gazetteers.resolve("LocGazetteer.txt")),
        "ORGANIZATION", readLines(gazetteers.resolve("OrgGazetteer.txt"))));
    Lexicon lexicon = new Lexicon(clusters, profiles, nameWords, listed);
    lexicon.write(out);
    long t2 = System.nanoTime();
    say.printf("lexicon: %,d name words from %s, %,d listed words from %s, %,d word profiles (%,d titles) in %.0f s%n",
        nameWords.size(), names, listed.size(), gazetteers, profiles.size(), titles.size(), (t2 - t1) / 1e9);
    NerFeatures features = new NerFeatures(gazetteer, lexicon, BITS);
    NerModel model = new NerTrainer(features, EPOCHS, 1).train(train, WINDOW);
    try (OutputStream o = Files.newOutputStream(out.resolve(ModelNameFinder.MODEL))) {
      model.write(o);
    }
    say.printf("model: trained on the first %,d of %,d sentences (%,d tokens) in %.0f s; written to %s%n",
        train.size(), all.size(), train.stream().mapToInt(TaggedSentence::size).sum(), (System.nanoTime() - t2) / 1e9,
        out.resolve(ModelNameFinder.MODEL));
    return 0;
  }

  private static List<String> readLines(Path file) throws BadInputException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(file, "cannot be read: " + e.getMessage());
    }
  }

  static List<TaggedSentence> readCorpus(Path corpus) throws BadInputException {
    try {
      return TaggedCorpus.parse(Files.readAllLines(corpus, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BadInputException(corpus, "cannot be read: " + e.getMessage());
    }
  }
}
