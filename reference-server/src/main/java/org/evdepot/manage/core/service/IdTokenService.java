package org.evdepot.manage.core.service;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evdepot.manage.core.adapter.Db;
import org.evdepot.manage.core.model.IdToken;
import org.evdepot.manage.core.model.IdTokenStatus;
import org.evdepot.manage.core.model.IdTokenType;

/** Id tokens and their authorization, with the unknown-token policy. */
@Singleton
public class IdTokenService {

  private final Db db;
  private final CorePolicy policy;
  private final Clock clock;

  /**
   * @param db database
   * @param policy unknown-token policy
   * @param clock server time (expiry checks)
   */
  public IdTokenService(Db db, CorePolicy policy, Clock clock) {
    this.db = db;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Authorizes an id token (Authorize, or the id token in a transaction message). An unknown token
   * is recorded and accepted, or rejected, per policy; a stored accepted token past its expiry
   * answers Expired.
   *
   * @param token the token value
   * @param typeHint type as the charger sent it (ISO14443, Central, eMAID...), or null
   * @return the authorization
   */
  public AuthorizationResult authorize(String token, String typeHint) {
    if (token == null || token.isBlank()) {
      return AuthorizationResult.INVALID;
    }
    return db.inTransaction(c -> authorize(c, token, typeHint, clock.instant()));
  }

  /** Authorizes on the caller's transaction (used by the transaction service). */
  AuthorizationResult authorize(Connection c, String token, String typeHint, Instant now)
      throws SQLException {
    Optional<IdToken> found = find(c, token, true);
    if (found.isEmpty()) {
      if (policy.getUnknownToken() == CorePolicy.UnknownToken.REJECT) {
        return AuthorizationResult.INVALID;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into id_token (token, type, status, auto_recorded, last_used_at, created_at,"
                  + " updated_at) values (?, ?, 'ACCEPTED', true, ?, ?, ?)"
                  + " on conflict (token) do nothing")) {
        ps.setString(1, token);
        ps.setString(2, typeOf(typeHint).name());
        ps.setTimestamp(3, Timestamp.from(now));
        ps.setTimestamp(4, Timestamp.from(now));
        ps.setTimestamp(5, Timestamp.from(now));
        ps.executeUpdate();
      }
      found = find(c, token, false);
    } else {
      try (PreparedStatement ps =
          c.prepareStatement("update id_token set last_used_at = ? where token = ?")) {
        ps.setTimestamp(1, Timestamp.from(now));
        ps.setString(2, token);
        ps.executeUpdate();
      }
    }
    IdToken t = found.orElseThrow();
    IdTokenStatus status = t.status();
    if (status == IdTokenStatus.ACCEPTED && t.expiresAt() != null && !now.isBefore(t.expiresAt())) {
      status = IdTokenStatus.EXPIRED;
    }
    return new AuthorizationResult(status, t.expiresAt(), t.parentIdTag());
  }

  /**
   * @return all tokens by value
   */
  public List<IdToken> list() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("select * from id_token order by token");
              ResultSet rs = ps.executeQuery()) {
            List<IdToken> out = new ArrayList<>();
            while (rs.next()) {
              out.add(idToken(rs));
            }
            return out;
          }
        });
  }

  /**
   * @param token token value
   * @return the token
   * @throws CoreException NOT_FOUND
   */
  public IdToken get(String token) {
    return db.read(c -> find(c, token, false))
        .orElseThrow(() -> CoreException.notFound("id token", token));
  }

  /**
   * Creates or replaces a token.
   *
   * @param token token value, 1..255 characters
   * @param input type, status, expiry, parent
   * @param mustNotExist true for create (CONFLICT when it exists), false for update (NOT_FOUND when
   *     it does not)
   * @return the token
   */
  public IdToken save(String token, IdTokenInput input, boolean mustNotExist) {
    if (token == null || token.isBlank() || token.length() > 255) {
      throw CoreException.invalid("token", "token must be 1..255 characters, got: " + token);
    }
    if (input.type() == null) {
      throw CoreException.invalid("type", "type must be one of RFID, APP, CENTRAL");
    }
    Instant now = clock.instant();
    return db.inTransaction(
        c -> {
          boolean exists = find(c, token, true).isPresent();
          if (mustNotExist && exists) {
            throw new CoreException(
                CoreException.Kind.CONFLICT, "token", "id token already exists: " + token);
          }
          if (!mustNotExist && !exists) {
            throw CoreException.notFound("id token", token);
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "insert into id_token (token, type, status, expires_at, parent_id_tag,"
                      + " auto_recorded, created_at, updated_at) values (?, ?, ?, ?, ?, false, ?, ?)"
                      + " on conflict (token) do update set type = excluded.type, status ="
                      + " excluded.status, expires_at = excluded.expires_at, parent_id_tag ="
                      + " excluded.parent_id_tag, auto_recorded = false, updated_at ="
                      + " excluded.updated_at")) {
            ps.setString(1, token);
            ps.setString(2, input.type().name());
            ps.setString(
                3, (input.status() != null ? input.status() : IdTokenStatus.ACCEPTED).name());
            Db.setInstant(ps, 4, input.expiresAt());
            ps.setString(5, input.parentIdTag());
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setTimestamp(7, Timestamp.from(now));
            ps.executeUpdate();
          }
          return find(c, token, false).orElseThrow();
        });
  }

  /**
   * @param token token value
   * @throws CoreException NOT_FOUND
   */
  public void delete(String token) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("delete from id_token where token = ?")) {
            ps.setString(1, token);
            if (ps.executeUpdate() == 0) {
              throw CoreException.notFound("id token", token);
            }
          }
          return null;
        });
  }

  private static IdTokenType typeOf(String hint) {
    if (hint == null) {
      return IdTokenType.RFID;
    }
    return switch (hint.toUpperCase(java.util.Locale.ROOT)) {
      case "CENTRAL" -> IdTokenType.CENTRAL;
      case "EMAID", "KEYCODE", "LOCAL", "APP" -> IdTokenType.APP;
      default -> IdTokenType.RFID;
    };
  }

  private static Optional<IdToken> find(Connection c, String token, boolean lock)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select * from id_token where token = ?" + (lock ? " for update" : ""))) {
      ps.setString(1, token);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(idToken(rs)) : Optional.empty();
      }
    }
  }

  private static IdToken idToken(ResultSet rs) throws SQLException {
    return new IdToken(
        rs.getString("token"),
        IdTokenType.valueOf(rs.getString("type")),
        IdTokenStatus.valueOf(rs.getString("status")),
        Db.instant(rs, "expires_at"),
        rs.getString("parent_id_tag"),
        rs.getBoolean("auto_recorded"),
        Db.instant(rs, "last_used_at"));
  }
}
