package org.malaff.model;

/** What a name names, with the stable code used in JSON output. */
public enum EntityType {
  PERSON("person"),
  ORGANIZATION("organization"),
  PLACE("place"),
  OTHER("other");

  private final String code;

  EntityType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
