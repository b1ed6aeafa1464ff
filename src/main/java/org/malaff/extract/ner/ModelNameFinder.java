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

  public ModelNameFinder(NerModel model, Gazetteer gazetteer) {
    this(model, gazetteer, NameWords.none());
  }

  ModelNameFinder(NerModel model, Gazetteer gazetteer, NameWords names) {
    this.model = model;
    this.gazetteer = gazetteer;
    this.names = names;
  }

  /** The model that ships with Malaff (see {@code malaff train-ner}). */
  public static ModelNameFinder bundled(Gazetteer gazetteer) {
    try (InputStream model = resource(MODEL)) {
      Lexicon lexicon = Lexicon.bundled();
      return new ModelNameFinder(NerModel.read(model, bits -> new NerFeatures(gazetteer, lexicon, bits)), gazetteer,
          lexicon.names());
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
    String norm = ArabicNormalizer.normalize(word, Level.STANDARD);
    boolean listed = gazetteer.isGivenName(norm) || gazetteer.lookup(Gazetteer.Kind.PLACE, word).isPresent()
        || (names.kinds(norm) != 0 && names.kinds(norm.substring(1)) == 0);
    return listed ? 0 : 1;
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
