package org.malaff.archive;

/** An entity as filed: its key (type + ":" + name key), its type and the fullest spelling seen. */
public record StoredEntity(String key, String type, String name) {}
