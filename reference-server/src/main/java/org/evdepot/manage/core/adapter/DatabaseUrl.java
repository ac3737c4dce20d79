package org.evdepot.manage.core.adapter;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A PostgreSQL location as JDBC needs it, parsed from either a {@code jdbc:postgresql://...} URL or
 * the {@code postgres://user:pass@host:port/db} form that hosting platforms put in {@code
 * DATABASE_URL}.
 *
 * @param jdbcUrl the JDBC URL, without credentials
 * @param username user name, or null when the URL has none
 * @param password password, or null when the URL has none
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

  /**
   * Parses a database URL.
   *
   * @param url {@code jdbc:postgresql://...}, {@code postgres://...} or {@code postgresql://...}
   * @return the parsed location
   * @throws IllegalArgumentException naming the URL (without its password) when it is neither form
   */
  public static DatabaseUrl parse(String url) {
    return tryParse(url)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "DATABASE_URL must be jdbc:postgresql://... or postgres://user:pass@host:port/db,"
                        + " got: "
                        + redact(url)));
  }

  /**
   * Parses a database URL, or returns empty when it is blank or not a PostgreSQL URL.
   *
   * @param url the URL
   * @return the parsed location, or empty
   */
  public static Optional<DatabaseUrl> tryParse(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String trimmed = url.trim();
    if (trimmed.startsWith("jdbc:postgresql:")) {
      return Optional.of(new DatabaseUrl(trimmed, null, null));
    }
    if (!trimmed.startsWith("postgres://") && !trimmed.startsWith("postgresql://")) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = URI.create(trimmed);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (uri.getHost() == null) {
      return Optional.empty();
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    int port = uri.getPort() > 0 ? uri.getPort() : 5432;
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return Optional.of(
        new DatabaseUrl(
            "jdbc:postgresql://" + uri.getHost() + ":" + port + path + query, user, password));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String redact(String url) {
    return url == null ? "null" : url.replaceAll("://([^:/@]*):[^@]*@", "://$1:***@");
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "DatabaseUrl[" + jdbcUrl + ", user=" + username + "]";
  }
}
