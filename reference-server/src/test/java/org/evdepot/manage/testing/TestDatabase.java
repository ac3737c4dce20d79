package org.evdepot.manage.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * Where integration tests put their data: the local PostgreSQL on 127.0.0.1:5432 (trust auth, user
 * postgres, database test) when it answers, else one embedded PostgreSQL per test JVM. Each test
 * class gets a fresh schema.
 */
public final class TestDatabase {

  private static final String LOCAL_URL =
      System.getProperty("evdepot.test.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String LOCAL_USER = System.getProperty("evdepot.test.db.user", "postgres");

  private static String url;
  private static String user;

  private TestDatabase() {}

  /**
   * @return JDBC URL of the test server (starting the embedded one when needed)
   */
  public static synchronized String url() {
    if (url == null) {
      if (localReachable()) {
        url = LOCAL_URL;
        user = LOCAL_USER;
      } else {
        try {
          EmbeddedPostgres pg =
              EmbeddedPostgres.builder()
                  .setDataDirectory(Files.createTempDirectory("evdepot-it-pg"))
                  .start();
          url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
          user = "postgres";
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return url;
  }

  /**
   * @return user name for {@link #url()}
   */
  public static synchronized String user() {
    url();
    return user;
  }

  /**
   * @param testClass the test class
   * @return a new, unused schema name for it
   */
  public static String freshSchema(Class<?> testClass) {
    return ("it_" + testClass.getSimpleName() + "_" + UUID.randomUUID().toString().substring(0, 8))
        .toLowerCase(Locale.ROOT);
  }

  /**
   * @return a plain connection (auto-commit) to the test database
   * @throws SQLException when it cannot connect
   */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user(), null);
  }

  /**
   * Drops a test schema and everything in it.
   *
   * @param schema the schema from {@link #freshSchema}
   */
  public static void dropSchema(String schema) {
    if (!schema.matches("it_[a-z0-9_]+")) {
      throw new IllegalArgumentException("not a test schema: " + schema);
    }
    try (Connection c = connect()) {
      c.createStatement().execute("drop schema if exists " + schema + " cascade");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop " + schema, e);
    }
  }

  private static boolean localReachable() {
    DriverManager.setLoginTimeout(3);
    try (Connection c = DriverManager.getConnection(LOCAL_URL, LOCAL_USER, null)) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
