package org.evdepot.manage.core.adapter;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Runs JDBC work in one database transaction: commit on success, rollback on any exception, and a
 * retry when PostgreSQL reports a serialization failure or deadlock (SQLSTATE 40001, 40P01), so
 * that many chargers writing at once never surface such a conflict.
 */
@Singleton
public class Db {

  private static final int MAX_ATTEMPTS = 5;

  private final DataSource dataSource;

  /**
   * @param dataSource the pool
   */
  public Db(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Work on a connection inside a transaction.
   *
   * @param <T> result type
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * @param connection the transaction's connection; do not commit or close it
     * @return the result
     * @throws SQLException to roll back
     */
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in a new transaction and commits it.
   *
   * @param work the work
   * @param <T> result type
   * @return the work's result, after commit
   * @throws DataAccessException when the database fails
   */
  public <T> T inTransaction(Work<T> work) {
    SQLException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        last = e;
        if (!isRetryable(e)) {
          throw new DataAccessException(e);
        }
      }
    }
    throw new DataAccessException(last);
  }

  /**
   * Runs read-only {@code work} with auto-commit.
   *
   * @param work the work
   * @param <T> result type
   * @return the work's result
   */
  public <T> T read(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new DataAccessException(e);
    }
  }

  private static boolean isRetryable(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40P01".equals(state);
  }

  /**
   * Binds a nullable instant.
   *
   * @param ps statement
   * @param index parameter index
   * @param value instant or null
   * @throws SQLException from JDBC
   */
  public static void setInstant(PreparedStatement ps, int index, Instant value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setTimestamp(index, Timestamp.from(value));
    }
  }

  /**
   * Binds a nullable integer.
   *
   * @param ps statement
   * @param index parameter index
   * @param value value or null
   * @throws SQLException from JDBC
   */
  public static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  /**
   * Binds a nullable long.
   *
   * @param ps statement
   * @param index parameter index
   * @param value value or null
   * @throws SQLException from JDBC
   */
  public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  /**
   * Reads a nullable instant.
   *
   * @param rs result set
   * @param column column name
   * @return the instant or null
   * @throws SQLException from JDBC
   */
  public static Instant instant(java.sql.ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /**
   * Reads a nullable integer.
   *
   * @param rs result set
   * @param column column name
   * @return the value or null
   * @throws SQLException from JDBC
   */
  public static Integer integer(java.sql.ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /**
   * Reads a nullable long.
   *
   * @param rs result set
   * @param column column name
   * @return the value or null
   * @throws SQLException from JDBC
   */
  public static Long longValue(java.sql.ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
