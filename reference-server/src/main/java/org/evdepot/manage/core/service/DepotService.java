package org.evdepot.manage.core.service;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evdepot.manage.core.adapter.DataAccessException;
import org.evdepot.manage.core.adapter.Db;
import org.evdepot.manage.core.model.Depot;

/** Depots (sites) and their grid connection limits. */
@Singleton
public class DepotService {

  private final Db db;
  private final Clock clock;

  /**
   * @param db database
   * @param clock server time
   */
  public DepotService(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * @return all depots by name
   */
  public List<Depot> list() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("select * from depot order by name");
              ResultSet rs = ps.executeQuery()) {
            List<Depot> out = new ArrayList<>();
            while (rs.next()) {
              out.add(depot(rs));
            }
            return out;
          }
        });
  }

  /**
   * @param id depot id
   * @return the depot
   * @throws CoreException NOT_FOUND
   */
  public Depot get(long id) {
    return db.read(c -> find(c, id)).orElseThrow(() -> CoreException.notFound("depot", id));
  }

  /**
   * @param input name, grid limit, time zone
   * @return the new depot
   * @throws CoreException INVALID for a bad field, CONFLICT for a taken name
   */
  public Depot create(DepotInput input) {
    validate(input);
    Instant now = clock.instant();
    try {
      return db.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "insert into depot (name, grid_limit_kw, timezone, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?) returning id")) {
              ps.setString(1, input.name());
              ps.setBigDecimal(2, input.gridLimitKw());
              ps.setString(3, timezone(input));
              ps.setTimestamp(4, Timestamp.from(now));
              ps.setTimestamp(5, Timestamp.from(now));
              try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return find(c, rs.getLong(1)).orElseThrow();
              }
            }
          });
    } catch (DataAccessException e) {
      throw translate(e, input);
    }
  }

  /**
   * @param id depot id
   * @param input all fields
   * @return the changed depot
   */
  public Depot update(long id, DepotInput input) {
    validate(input);
    Instant now = clock.instant();
    try {
      return db.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "update depot set name = ?, grid_limit_kw = ?, timezone = ?, updated_at = ?"
                        + " where id = ?")) {
              ps.setString(1, input.name());
              ps.setBigDecimal(2, input.gridLimitKw());
              ps.setString(3, timezone(input));
              ps.setTimestamp(4, Timestamp.from(now));
              ps.setLong(5, id);
              if (ps.executeUpdate() == 0) {
                throw CoreException.notFound("depot", id);
              }
            }
            return find(c, id).orElseThrow();
          });
    } catch (DataAccessException e) {
      throw translate(e, input);
    }
  }

  /**
   * Deletes a depot; its chargers stay, without a depot.
   *
   * @param id depot id
   */
  public void delete(long id) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("delete from depot where id = ?")) {
            ps.setLong(1, id);
            if (ps.executeUpdate() == 0) {
              throw CoreException.notFound("depot", id);
            }
          }
          return null;
        });
  }

  private static void validate(DepotInput input) {
    if (input.name() == null || input.name().isBlank()) {
      throw CoreException.invalid("name", "name must not be blank");
    }
    if (input.gridLimitKw() == null || input.gridLimitKw().compareTo(BigDecimal.ZERO) < 0) {
      throw CoreException.invalid(
          "gridLimitKw", "gridLimitKw must be a number >= 0, got: " + input.gridLimitKw());
    }
    try {
      ZoneId.of(timezone(input));
    } catch (DateTimeException e) {
      throw CoreException.invalid(
          "timezone", "timezone must be an IANA zone id, got: " + input.timezone());
    }
  }

  private static String timezone(DepotInput input) {
    return input.timezone() == null || input.timezone().isBlank() ? "UTC" : input.timezone();
  }

  private static RuntimeException translate(DataAccessException e, DepotInput input) {
    if ("23505".equals(e.sqlState())) {
      return new CoreException(
          CoreException.Kind.CONFLICT, "name", "a depot named " + input.name() + " exists");
    }
    return e;
  }

  private static Optional<Depot> find(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select * from depot where id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(depot(rs)) : Optional.empty();
      }
    }
  }

  private static Depot depot(ResultSet rs) throws SQLException {
    return new Depot(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getBigDecimal("grid_limit_kw"),
        rs.getString("timezone"),
        Db.instant(rs, "created_at"),
        Db.instant(rs, "updated_at"));
  }
}
