package org.malaff.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.read.Gazetteer;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;
import org.malaff.text.ArabicTokenizer;

/**
 * Finds names in articles with a trained {@link NerModel}. Text is cut as ANERcorp is: runs of
 * word characters, and each other visible character a token of its own; a sentence ends after
 * ".", "!", "?", "؟" and at the end of a paragraph; the article is the model's document. A name's
 * span starts after a one-letter proclitic (وروي → روي، بموسكو → موسكو) unless the whole word is a
 * listed given name or place, a word of foreign names whose rest is not (كوبر is not ك + وبر), or
 * stands right after a verb of speech, where و، ف، ك or ب joins nothing ("وقال وهبي" names وهبي).
 */
public final class ModelNameFinder {
  /** Where the bundled model is, beside this class (its {@link Lexicon} beside it). */
  public static final String MODEL = "ner-model.bin.gz";

  private final NerModel model;
  private final Gazetteer gazetteer;
  private final NameWords names;
  private final Proclitics proclitics;
  /** How far the model's tags are mended: 0 as tagged, 1 {@link PersonSpans}, 2 and {@link DocumentSpans}. */
  private final int mending;

  public ModelNameFinder(NerModel model, Gazetteer gazetteer) {
    this(model, gazetteer, NameWords.none(), Proclitics.blind(), 2);
  }

  private ModelNameFinder(NerModel model, Gazetteer gazetteer, NameWords names, Proclitics proclitics, int mending) {
    this.model = model;
    this.gazetteer = gazetteer;
    this.names = names;
    this.proclitics = proclitics;
    this.mending = mending;
  }

  /** A finder with a model and the lexicon it was trained with. */
  public static ModelNameFinder of(NerModel model, Gazetteer gazetteer, Lexicon lexicon) {
    return new ModelNameFinder(model, gazetteer, lexicon.names(), lexicon.proclitics(), 2);
  }

  /** The same finder, keeping the spans as the model tags them: a baseline for benchmarks. */
  public ModelNameFinder asTagged() {
    return new ModelNameFinder(model, gazetteer, names, proclitics, 0);
  }

  /** The same finder with person spans mended but names not carried through the document: a step for benchmarks. */
  public ModelNameFinder withoutCarrying() {
    return new ModelNameFinder(model, gazetteer, names, proclitics, 1);
  }

  /** The model that ships with Malaff (see {@code malaff train-ner}). */
  public static ModelNameFinder bundled(Gazetteer gazetteer) {
    try (InputStream model = resource(MODEL)) {
      Lexicon lexicon = Lexicon.bundled();
      return of(NerModel.read(model, bits -> new NerFeatures(gazetteer, lexicon, bits)), gazetteer, lexicon);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled name-finder model cannot be read", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ModelNameFinder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name + " (rebuild it with: malaff train-ner)");
    }
    return in;
  }

  private record Token(int paragraph, int start, int end, String text) {}

  /** The names of one article. */
  public List<Mention> find(String article, List<String> paragraphs) {
    List<List<Token>> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      tokens(p, paragraphs.get(p), sentences);
    }
    List<List<String>> words = sentences.stream().map(s -> s.stream().map(Token::text).toList()).toList();
    List<List<String>> tags = model.tagDocument(words);
    if (mending > 0 && tags.stream().anyMatch(t -> t.stream().anyMatch(x -> !x.equals("O")))) {
      List<List<String>> norms = words.stream().map(ws -> ws.stream()
          .map(x -> ArabicNormalizer.normalize(x, Level.STANDARD)).toList()).toList(); // once, for both steps
      List<List<String>> mended = new ArrayList<>();
      for (int s = 0; s < words.size(); s++) {
        mended.add(PersonSpans.mend(words.get(s), norms.get(s), tags.get(s), this::nameByItself));
      }
      tags = mending > 1 ? DocumentSpans.propagate(norms, mended, model.window()) : mended;
    }
    List<Mention> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> sentence = sentences.get(s);
      List<String> t = tags.get(s);
      for (int i = 0; i < t.size(); ) {
        if (t.get(i).equals("O")) {
          i++;
          continue;
        }
        String type = t.get(i).substring(2);
        int j = i + 1;
        while (j < t.size() && t.get(j).equals("I-" + type)) {
          j++;
        }
        Token first = sentence.get(i);
        Token last = sentence.get(j - 1);
        boolean afterSpeech = i > 0
            && WordProfiles.isSpeechVerb(ArabicNormalizer.normalize(sentence.get(i - 1).text(), Level.STANDARD));
        int start = first.start() + proclitic(first.text(), afterSpeech);
        String text = paragraphs.get(first.paragraph()).substring(start, last.end());
        out.add(new Mention(article, first.paragraph(), start, last.end(), text, entityType(type), null));
        i = j;
      }
    }
    return out;
  }

  private int proclitic(String word, boolean afterSpeech) {
    if (word.length() < 4 || "وبلفك".indexOf(word.charAt(0)) < 0 || word.startsWith("لل")) {
      return 0;
    }
    if (afterSpeech && "وفكب".indexOf(word.charAt(0)) >= 0) {
      return 0;
    }
    return listedName(ArabicNormalizer.normalize(word, Level.STANDARD)) ? 0 : 1;
  }

  /**
   * Whether a normalized word is a name as it is written, its first letter included: a listed name
   * (below), or a word the news collection knows whose rest it does not (وزيري is not و + زيري).
   */
  private boolean nameByItself(String norm) {
    return listedName(norm) || proclitics.strip(norm).equals(norm);
  }

  /**
   * Whether a normalized word is a name by itself, whatever letter it starts with: a listed given
   * name or place, or a word of foreign names whose rest is not (كوبر is not ك + وبر).
   */
  private boolean listedName(String norm) {
    return gazetteer.isGivenName(norm) || gazetteer.lookup(Gazetteer.Kind.PLACE, norm).isPresent()
        || (norm.length() > 1 && names.kinds(norm) != 0 && names.kinds(norm.substring(1)) == 0);
  }

  static EntityType entityType(String type) {
    return switch (type) {
      case "PERS" -> EntityType.PERSON;
      case "LOC" -> EntityType.PLACE;
      case "ORG" -> EntityType.ORGANIZATION;
      default -> EntityType.OTHER;
    };
  }

  private static void tokens(int p, String text, List<List<Token>> sentences) {
    List<Token> sentence = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (ArabicTokenizer.isWordChar(c)) {
        int j = i;
        while (j < text.length() && ArabicTokenizer.isWordChar(text.charAt(j))) {
          j++;
        }
        sentence.add(new Token(p, i, j, text.substring(i, j)));
        i = j;
      } else {
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
          sentence.add(new Token(p, i, i + 1, String.valueOf(c)));
          if (c == '.' || c == '!' || c == '?' || c == '؟') {
            sentences.add(sentence);
            sentence = new ArrayList<>();
          }
        }
        i++;
      }
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
  }
}
