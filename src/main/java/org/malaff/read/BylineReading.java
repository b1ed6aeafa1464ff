package org.malaff.read;

import java.util.List;
import org.malaff.model.Byline;
import org.malaff.model.Problem;

/**
 * What an article's metadata lines state, and where its body lies among its lines.
 *
 * @param byline the fields stated
 * @param bodyStart the index of the first body line in the lines given
 * @param bodyEnd the index after the last body line
 * @param problems what was doubtful
 */
public record BylineReading(Byline byline, int bodyStart, int bodyEnd, List<Problem> problems) {
  public BylineReading {
    problems = List.copyOf(problems);
  }
}
