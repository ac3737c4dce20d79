package org.evdepot.manage.core.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void postgresUrl_becomesJdbcUrlWithCredentials() {
    DatabaseUrl url =
        DatabaseUrl.parse("postgres://fleet:p%40ss@db.example:6543/manage?sslmode=require");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/manage?sslmode=require");
    assertThat(url.username()).isEqualTo("fleet");
    assertThat(url.password()).isEqualTo("p@ss");
  }

  @Test
  void postgresUrlWithoutPort_usesTheDefaultPort() {
    assertThat(DatabaseUrl.parse("postgresql://u@host/db").jdbcUrl())
        .isEqualTo("jdbc:postgresql://host:5432/db");
  }

  @Test
  void jdbcUrl_isTakenAsIs() {
    assertThat(DatabaseUrl.parse("jdbc:postgresql://h:1/d").jdbcUrl())
        .isEqualTo("jdbc:postgresql://h:1/d");
  }

  @Test
  void blankUrl_meansEmbedded() {
    assertThat(DatabaseUrl.tryParse("  ")).isEmpty();
    assertThat(DatabaseUrl.tryParse(null)).isEmpty();
  }

  @Test
  void otherUrl_isRejectedWithoutShowingThePassword() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:topsecret@h/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DATABASE_URL")
        .hasMessageNotContaining("topsecret");
  }

  @Test
  void toString_neverShowsThePassword() {
    assertThat(DatabaseUrl.parse("postgres://u:hunter2@h/db").toString()).doesNotContain("hunter2");
  }
}
