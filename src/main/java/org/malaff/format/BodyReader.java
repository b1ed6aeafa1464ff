package org.malaff.format;

import java.util.ArrayList;
import java.util.List;
import org.malaff.model.Block;
import org.malaff.read.SubheadingRule;

/**
 * Cuts an article's body lines into paragraphs and subheadings. Each non-blank line is one block;
 * {@link SubheadingRule} says which are subheadings.
 */
final class BodyReader {
  private BodyReader() {}

  static List<Block> read(List<String> lines) {
    List<String> texts = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (!line.isEmpty()) {
        texts.add(line);
      }
    }
    List<Block> blocks = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      String next = i + 1 < texts.size() ? texts.get(i + 1) : null;
      blocks.add(SubheadingRule.isSubheading(t, next) ? Block.subheading(t) : Block.paragraph(t));
    }
    return blocks;
  }
}
