package org.evdepot.manage.core.adapter;

import java.sql.SQLException;

/** The database failed; carries the SQLSTATE of the cause. */
public class DataAccessException extends RuntimeException {

  private final String sqlState;

  /**
   * @param cause the JDBC failure
   */
  public DataAccessException(SQLException cause) {
    super(cause.getMessage(), cause);
    this.sqlState = cause.getSQLState();
  }

  /**
   * @return the SQLSTATE, e.g. 23505 for a unique violation
   */
  public String sqlState() {
    return sqlState;
  }
}
