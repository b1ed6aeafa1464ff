package org.malaff.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.malaff.read.Gazetteer;

class NerModelTest {
  private static final List<String> GIVEN = List.of("سامر", "ليلى", "مازن", "هالة", "نادر");
  private static final List<String> FAMILY = List.of("القاسم", "الحلبي", "زيدان", "الخطيب", "منصور");
  private static final List<String> CITIES = List.of("دمشق", "عمان", "بيروت", "القاهرة", "تونس");

  /** Sentences such as "قال سامر القاسم في دمشق إن الاجتماع انتهى ." with their tags. */
  private static List<TaggedSentence> corpus(int n, long seed) {
    Random r = new Random(seed);
    List<TaggedSentence> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> tokens = new ArrayList<>(List.of("قال", GIVEN.get(r.nextInt(5)), FAMILY.get(r.nextInt(5)), "في",
          CITIES.get(r.nextInt(5)), "إن", "الاجتماع", "انتهى", "."));
      out.add(new TaggedSentence(tokens, List.of("O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O", "O", "O")));
    }
    return out;
  }

  private static NerFeatures features() {
    return new NerFeatures(Gazetteer.bundled(), Lexicon.none(), 16);
  }

  @Test
  void learns_names_and_places_from_tagged_sentences() {
    NerModel model = new NerTrainer(features(), 5, 1).train(corpus(200, 1), 3);
    List<String> tags = model.tag(List.of("قال", "مازن", "زيدان", "في", "بيروت", "إن", "الاجتماع", "انتهى", "."));
    assertThat(tags).containsExactly("O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O", "O", "O");
  }

  @Test
  void never_tags_an_inside_without_a_beginning() {
    NerModel model = new NerTrainer(features(), 3, 1).train(corpus(50, 2), 3);
    List<String> tags = model.tag(List.of("الحلبي", "في", "انتهى", "القاسم", "القاسم"));
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).startsWith("I-")) {
        assertThat(i).isPositive();
        assertThat(tags.get(i - 1).substring(2)).isEqualTo(tags.get(i).substring(2));
      }
    }
  }

  @Test
  void written_and_read_back_tags_the_same() throws IOException {
    NerFeatures features = features();
    NerModel model = new NerTrainer(features, 5, 1).train(corpus(100, 3), 3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    NerModel back = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()), bits -> features);
    List<List<String>> document = corpus(30, 4).stream().map(TaggedSentence::tokens).toList();
    assertThat(back.tagDocument(document)).isEqualTo(model.tagDocument(document));
    assertThat(back.window()).isEqualTo(3);
  }

  @Test
  void a_file_that_is_not_a_model_is_refused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write("not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(bytes.toByteArray()), bits -> features()))
        .isInstanceOf(IOException.class).hasMessageContaining("not a Malaff name-finder model");
  }

  @Test
  void training_is_repeatable() {
    List<TaggedSentence> data = corpus(80, 5);
    List<List<String>> document = corpus(20, 6).stream().map(TaggedSentence::tokens).toList();
    assertThat(new NerTrainer(features(), 4, 9).train(data, 2).tagDocument(document))
        .isEqualTo(new NerTrainer(features(), 4, 9).train(data, 2).tagDocument(document));
  }

  @Test
  void the_sums_kept_per_word_score_as_the_features_one_by_one() throws IOException {
    NerModel model;
    try (var in = ModelNameFinder.class.getResourceAsStream(ModelNameFinder.MODEL)) {
      Lexicon lexicon = Lexicon.bundled();
      model = NerModel.read(in, bits -> new NerFeatures(Gazetteer.bundled(), lexicon, bits));
    }
    List<List<String>> sentences = List.of(
        List.of("وقال", "نائب", "وزير", "الخارجية", "الروسي", "ميخائيل", "بوغدانوف", "في", "موسكو", "."),
        List.of("سجل", "كريم", "بنزيمة", "(", "89", ")", "هدفا", "لريال", "مدريد", "."),
        List.of("لافروف"), // one word: both neighbours are the sentence's edges
        List.of("زززقثف", "ئئئ", "Lavrov", "2013")); // words no lexicon knows
    for (List<String> tokens : sentences) {
      for (int reading = 0; reading < 2; reading++) {
        float[][] kept = model.scores(tokens, reading, true);
        float[][] oneByOne = model.scores(tokens, reading, false);
        for (int i = 0; i < tokens.size(); i++) {
          for (int l = 0; l < Labels.COUNT; l++) {
            assertThat(kept[i][l]).as("%s, reading %d, token %d", tokens, reading, i)
                .isCloseTo(oneByOne[i][l], org.assertj.core.data.Offset.offset(1e-3f * (1 + Math.abs(oneByOne[i][l]))));
          }
        }
        assertThat(oneByOne[0]).as("the features carry weight").isNotEqualTo(new float[Labels.COUNT]);
      }
    }
  }
}
