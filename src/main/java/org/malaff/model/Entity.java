package org.malaff.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world person, organisation or place, with every spelling the articles use.
 *
 * @param id a stable id within one analysis ({@code e7})
 * @param type what it is
 * @param name the fullest common spelling
 * @param variants every spelling met, the name first
 * @param roles titles and roles written next to it
 * @param mentions where it is named
 */
public record Entity(String id, EntityType type, String name, List<String> variants, List<String> roles,
    List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    variants = List.copyOf(variants);
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
