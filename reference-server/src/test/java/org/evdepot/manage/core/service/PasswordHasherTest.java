package org.evdepot.manage.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void hash_matchesItsPassword_andNoOther() {
    String hash = PasswordHasher.hash("correct horse");

    assertThat(PasswordHasher.matches("correct horse", hash)).isTrue();
    assertThat(PasswordHasher.matches("correct horsE", hash)).isFalse();
    assertThat(hash).doesNotContain("correct horse").startsWith("pbkdf2-sha256$");
  }

  @Test
  void samePassword_getsDifferentSalts() {
    assertThat(PasswordHasher.hash("pw-12345678")).isNotEqualTo(PasswordHasher.hash("pw-12345678"));
  }

  @Test
  void missingOrMalformedHash_neverMatches() {
    assertThat(PasswordHasher.matches("x", null)).isFalse();
    assertThat(PasswordHasher.matches(null, PasswordHasher.hash("x"))).isFalse();
    assertThat(PasswordHasher.matches("x", "plain-text")).isFalse();
  }
}
