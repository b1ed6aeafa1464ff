package org.malaff.archive;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * Editors' passwords, hashed with bcrypt (cost 12, a random salt each) by a kept library; the
 * archive stores only the hash. A password has at least {@value #MIN_LENGTH} characters.
 */
public final class EditorPasswords {
  public static final int MIN_LENGTH = 10;
  private static final int COST = 12;

  private EditorPasswords() {}

  /** The hash to store for {@code password}. */
  public static String hash(char[] password) {
    if (password.length < MIN_LENGTH) {
      throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
    }
    return BCrypt.withDefaults().hashToString(COST, password);
  }

  /** Whether {@code password} is the one {@code hash} was made from. */
  public static boolean matches(char[] password, String hash) {
    return hash != null && BCrypt.verifyer().verify(password, hash).verified;
  }
}
