package org.malaff.read;

import org.malaff.model.Byline;

/**
 * What one metadata line says.
 *
 * @param byline the fields the line states
 * @param conflict a sentence when two dates in the line disagree, else {@code null}
 */
public record LineReading(Byline byline, String conflict) {

  static LineReading of(Byline byline) {
    return new LineReading(byline, null);
  }
}
