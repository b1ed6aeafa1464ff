package org.malaff.model;

import java.util.Objects;

/**
 * Something an article reports someone said.
 *
 * @param article the article's id
 * @param paragraph the paragraph's index
 * @param speaker the speaker's entity id, or {@code null} when unknown or anonymous
 * @param speakerText the speaker as the article names it ("لافروف", "مصدر دبلوماسي غربي"), or
 *     {@code null}
 * @param anonymous whether the speaker is an unnamed source
 * @param direct whether the words are quoted (between quotation marks) rather than reported
 * @param text the words said, as written
 */
public record Quote(String article, int paragraph, String speaker, String speakerText, boolean anonymous,
    boolean direct, String text) {
  public Quote {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
  }

  public Quote withSpeaker(String entityId) {
    return new Quote(article, paragraph, entityId, speakerText, anonymous, direct, text);
  }
}
