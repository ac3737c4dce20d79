package org.evdepot.manage.core.service;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.manage.core.adapter.Db;
import org.evdepot.manage.core.adapter.Json;
import org.evdepot.manage.core.model.ChargingProfileRecord;

/**
 * The record of charging profiles sent to chargers (SetChargingProfile) and their answers, so that
 * an operator sees what limits each charger was given.
 */
@Singleton
public class ChargingProfileService {

  /** State of a sent profile. */
  public enum Status {
    /** Sent, no answer yet. */
    SENT,
    /** The charger accepted it. */
    ACCEPTED,
    /** The charger rejected it. */
    REJECTED,
    /** Cleared by ClearChargingProfile. */
    CLEARED
  }

  private final Db db;
  private final Json json;
  private final Clock clock;

  /**
   * @param db database
   * @param json validates profile JSON
   * @param clock server time
   */
  public ChargingProfileService(Db db, Json json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records a profile about to be sent.
   *
   * @param chargerId charger
   * @param evseId EVSE (0 = whole charger)
   * @param profileId profile id
   * @param stackLevel stack level
   * @param purpose purpose as sent
   * @param profileJson the profile JSON
   * @return the record's id, for {@link #answered}
   */
  public long sent(
      String chargerId,
      int evseId,
      int profileId,
      int stackLevel,
      String purpose,
      String profileJson) {
    json.requireJson(profileJson);
    Instant now = clock.instant();
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "insert into charging_profile (charger_id, evse_id, profile_id, stack_level,"
                      + " purpose, profile, status, sent_at) values (?, ?, ?, ?, ?, ?::jsonb,"
                      + " 'SENT', ?) returning id")) {
            ps.setString(1, chargerId);
            ps.setInt(2, evseId);
            ps.setInt(3, profileId);
            ps.setInt(4, stackLevel);
            ps.setString(5, purpose);
            ps.setString(6, profileJson);
            ps.setTimestamp(7, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /**
   * Records the charger's answer (or a clear).
   *
   * @param recordId id from {@link #sent}
   * @param status ACCEPTED, REJECTED or CLEARED
   */
  public void answered(long recordId, Status status) {
    Instant now = clock.instant();
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update charging_profile set status = ?, answered_at = ? where id = ?")) {
            ps.setString(1, status.name());
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setLong(3, recordId);
            if (ps.executeUpdate() == 0) {
              throw CoreException.notFound("charging profile record", recordId);
            }
          }
          return null;
        });
  }

  /**
   * Records an accepted ClearChargingProfile: every profile of the charger that was sent or
   * accepted and matches all the given criteria becomes CLEARED. A criterion that is null matches
   * everything, as in OCPP (a clear with no criteria clears every profile).
   *
   * @param chargerId charger
   * @param profileId the cleared profile's id, or null
   * @param evseId EVSE or connector (0 = the whole charger), or null
   * @param purpose purpose as sent, or null
   * @param stackLevel stack level, or null
   * @return how many records became CLEARED
   */
  public int cleared(
      String chargerId, Integer profileId, Integer evseId, String purpose, Integer stackLevel) {
    Instant now = clock.instant();
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update charging_profile set status = 'CLEARED', answered_at = ?"
                      + " where charger_id = ? and status in ('SENT', 'ACCEPTED')"
                      + " and (?::integer is null or profile_id = ?)"
                      + " and (?::integer is null or evse_id = ?)"
                      + " and (?::text is null or purpose = ?)"
                      + " and (?::integer is null or stack_level = ?)")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, chargerId);
            Db.setInt(ps, 3, profileId);
            Db.setInt(ps, 4, profileId);
            Db.setInt(ps, 5, evseId);
            Db.setInt(ps, 6, evseId);
            ps.setString(7, purpose);
            ps.setString(8, purpose);
            Db.setInt(ps, 9, stackLevel);
            Db.setInt(ps, 10, stackLevel);
            return ps.executeUpdate();
          }
        });
  }

  /**
   * @param chargerId charger
   * @param limit at most this many
   * @return profiles sent to the charger, newest first
   */
  public List<ChargingProfileRecord> list(String chargerId, int limit) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select id, charger_id, evse_id, profile_id, stack_level, purpose,"
                      + " profile::text, status, sent_at, answered_at from charging_profile"
                      + " where charger_id = ? order by sent_at desc, id desc limit ?")) {
            ps.setString(1, chargerId);
            ps.setInt(2, limit);
            List<ChargingProfileRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new ChargingProfileRecord(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant(),
                        Db.instant(rs, "answered_at")));
              }
            }
            return out;
          }
        });
  }
}
