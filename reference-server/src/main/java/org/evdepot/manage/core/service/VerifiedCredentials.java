package org.evdepot.manage.core.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers which password each charger last proved, so that a reconnect does not pay for PBKDF2
 * again. An entry holds the stored hash it was verified against and an HMAC-SHA256 of the presented
 * password under a random key that lives only in this process (no fast, offline-guessable digest of
 * a password is kept). An entry counts only while the stored hash is unchanged, so a password
 * changed by the operator, here or on another node, invalidates it; this node also drops it at
 * once. At most {@code maxEntries} entries are kept (beyond that the cache starts over); 0 disables
 * it.
 */
final class VerifiedCredentials {

  private record Entry(String storedHash, byte[] mac) {}

  private final int maxEntries;
  private final SecretKeySpec key;
  private final ConcurrentHashMap<String, Entry> byCharger = new ConcurrentHashMap<>();

  VerifiedCredentials(int maxEntries) {
    this.maxEntries = Math.max(0, maxEntries);
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    this.key = new SecretKeySpec(k, "HmacSHA256");
  }

  /** Whether {@code password} was verified for {@code chargerId} against {@code storedHash}. */
  boolean isVerified(String chargerId, String storedHash, String password) {
    if (maxEntries == 0) {
      return false;
    }
    Entry e = byCharger.get(chargerId);
    return e != null
        && e.storedHash().equals(storedHash)
        && MessageDigest.isEqual(e.mac(), mac(chargerId, password));
  }

  /** Records that {@code password} matches {@code storedHash} for {@code chargerId}. */
  void remember(String chargerId, String storedHash, String password) {
    if (maxEntries == 0) {
      return;
    }
    if (byCharger.size() >= maxEntries && !byCharger.containsKey(chargerId)) {
      byCharger.clear();
    }
    byCharger.put(chargerId, new Entry(storedHash, mac(chargerId, password)));
  }

  /** Drops what is remembered about {@code chargerId} (its password changed or it was deleted). */
  void forget(String chargerId) {
    byCharger.remove(chargerId);
  }

  private byte[] mac(String chargerId, String password) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(key);
      m.update(chargerId.getBytes(StandardCharsets.UTF_8));
      m.update((byte) 0);
      return m.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
