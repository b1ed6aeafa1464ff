package org.malaff.archive;

/**
 * A name in a stored article.
 *
 * @param entityKey the key its entity is filed under ({@code person:…}), the same across imports
 *     for the same name in any spelling the name key joins
 * @param entityName the entity's name as the importer chose it (the fullest spelling)
 */
public record StoredMention(String articleId, int paragraph, int start, int end, String text, String type,
    String role, String entityKey, String entityName) {}
