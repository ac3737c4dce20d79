package org.evdepot.manage.core.adapter;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server (real binaries unpacked from a Maven artifact) whose data folder
 * survives restarts: the first start runs initdb, later starts reuse the files.
 */
final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase start(DatabaseSettings settings) {
    Path dir = settings.getEmbeddedDataDir().toAbsolutePath();
    DatabaseFactory.ensureDirectory(dir.getParent());
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              // stopped by the application context after the last write, not by a racing JVM hook
              .setRegisterShutdownHook(false);
      if (settings.getEmbeddedPort() > 0) {
        builder.setPort(settings.getEmbeddedPort());
      }
      EmbeddedPostgres pg = builder.start();
      LOG.info("Embedded PostgreSQL on 127.0.0.1:{}, data in {}", pg.getPort(), dir);
      return new EmbeddedDatabase(pg);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start embedded PostgreSQL with data in "
              + dir
              + " on port "
              + settings.getEmbeddedPort()
              + " (is another server using it?)",
          e);
    }
  }

  DatabaseUrl url() {
    return new DatabaseUrl(
        "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", null);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
