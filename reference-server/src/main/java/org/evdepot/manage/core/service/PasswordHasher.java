package org.evdepot.manage.core.service;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes charger passwords (OCPP security profiles 1 and 2, HTTP basic authentication) with
 * PBKDF2-HMAC-SHA256 and a random salt. Format: {@code pbkdf2-sha256$iterations$salt$hash}.
 */
public final class PasswordHasher {

  private static final int ITERATIONS = 60_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHasher() {}

  /**
   * @param password the password
   * @return its salted hash
   */
  public static String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return "pbkdf2-sha256$"
        + ITERATIONS
        + "$"
        + Base64.getEncoder().encodeToString(salt)
        + "$"
        + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
  }

  /**
   * @param password a candidate password
   * @param hash a hash from {@link #hash(String)}
   * @return whether the password matches, in constant time
   */
  public static boolean matches(String password, String hash) {
    if (password == null || hash == null) {
      return false;
    }
    String[] parts = hash.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    }
  }
}
