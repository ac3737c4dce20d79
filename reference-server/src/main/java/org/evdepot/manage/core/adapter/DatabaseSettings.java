package org.evdepot.manage.core.adapter;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;

/**
 * Database settings ({@code evdepot.database.*}). When {@link #getUrl() url} is blank and no {@code
 * datasources.default.url} is set, the server starts an embedded PostgreSQL whose data lives in
 * {@link #getEmbeddedDataDir() embedded-data-dir}.
 */
@ConfigurationProperties("evdepot.database")
public class DatabaseSettings {

  private String url = "";
  private String username;
  private String password;
  private Path embeddedDataDir = Path.of("data", "postgres");
  private int embeddedPort = 54329;
  private int maximumPoolSize = 20;
  private String schema;

  /**
   * @return external database URL ({@code DATABASE_URL}), blank for embedded
   */
  public String getUrl() {
    return url;
  }

  /**
   * @param url external database URL, {@code postgres://} or {@code jdbc:postgresql://}
   */
  public void setUrl(String url) {
    this.url = url == null ? "" : url;
  }

  /**
   * @return user name overriding the one in the URL, or null
   */
  public String getUsername() {
    return username;
  }

  /**
   * @param username user name overriding the one in the URL
   */
  public void setUsername(String username) {
    this.username = username;
  }

  /**
   * @return password overriding the one in the URL, or null
   */
  public String getPassword() {
    return password;
  }

  /**
   * @param password password overriding the one in the URL
   */
  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * @return folder of the embedded database's files; kept across restarts
   */
  public Path getEmbeddedDataDir() {
    return embeddedDataDir;
  }

  /**
   * @param embeddedDataDir folder of the embedded database's files
   */
  public void setEmbeddedDataDir(Path embeddedDataDir) {
    this.embeddedDataDir = embeddedDataDir;
  }

  /**
   * @return TCP port of the embedded database on 127.0.0.1; 0 picks a free one
   */
  public int getEmbeddedPort() {
    return embeddedPort;
  }

  /**
   * @param embeddedPort TCP port of the embedded database; 0 picks a free one
   */
  public void setEmbeddedPort(int embeddedPort) {
    if (embeddedPort < 0 || embeddedPort > 65535) {
      throw new IllegalArgumentException(
          "evdepot.database.embedded-port must be 0..65535, got: " + embeddedPort);
    }
    this.embeddedPort = embeddedPort;
  }

  /**
   * @return connection pool size
   */
  public int getMaximumPoolSize() {
    return maximumPoolSize;
  }

  /**
   * @param maximumPoolSize connection pool size, at least 1
   */
  public void setMaximumPoolSize(int maximumPoolSize) {
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException(
          "evdepot.database.maximum-pool-size must be at least 1, got: " + maximumPoolSize);
    }
    this.maximumPoolSize = maximumPoolSize;
  }

  /**
   * @return schema for all tables (created if missing), or null for the user's default
   */
  public String getSchema() {
    return schema;
  }

  /**
   * @param schema schema for all tables; tests use one per test class
   */
  public void setSchema(String schema) {
    this.schema = schema;
  }
}
