package org.malaff.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.model.Article;
import org.malaff.model.Block;
import org.malaff.model.Byline;
import org.malaff.model.Dossier;
import org.malaff.model.Problem;

class JsonRendererTest {
  @Test
  void writes_absent_values_as_null_never_missing() {
    Article a = new Article("1", 1, "عنوان", Byline.EMPTY.withTime(LocalTime.of(9, 5)), List.of(Block.paragraph("نص")), 1);
    Dossier d = new Dossier(List.of(), null, null, null, List.of(), List.of(a),
        List.of(new Problem(Problem.Kind.TOC_MISSING, null, 0, "no list")));
    JsonNode root = JsonRenderer.tree(d);
    assertThat(root.get("title").isNull()).isTrue();
    assertThat(root.get("date").isNull()).isTrue();
    JsonNode article = root.get("articles").get(0);
    for (String field : List.of("source", "section", "author", "place", "agency", "date")) {
      assertThat(article.has(field)).as(field).isTrue();
      assertThat(article.get(field).isNull()).as(field).isTrue();
    }
    assertThat(article.get("time").asText()).isEqualTo("09:05");
    JsonNode problem = root.get("problems").get(0);
    assertThat(problem.get("kind").asText()).isEqualTo("toc-missing");
    assertThat(problem.get("article").isNull()).isTrue();
    assertThat(problem.get("line").isNull()).isTrue();
  }
}
