package org.evdepot.manage.core.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evdepot.manage.core.adapter.DataAccessException;
import org.evdepot.manage.core.adapter.Db;
import org.evdepot.manage.core.adapter.Json;
import org.evdepot.manage.core.event.DomainEvent;
import org.evdepot.manage.core.event.EventType;
import org.evdepot.manage.core.event.Outbox;
import org.evdepot.manage.core.event.OutboxRelay;
import org.evdepot.manage.core.model.Charger;
import org.evdepot.manage.core.model.ConnectionState;
import org.evdepot.manage.core.model.ConnectorStatus;
import org.evdepot.manage.core.model.RegistrationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chargers: registration (boot, unknown-charger policy), connection state, heartbeats, connector
 * status, charger events (security, firmware, diagnostics, reports), and the operator's CRUD.
 */
@Singleton
public class ChargerService {

  private static final Logger LOG = LoggerFactory.getLogger(ChargerService.class);

  private static final String CHARGER_COLUMNS =
      "id, depot_id, vendor, model, serial_number, firmware_version, ocpp_version,"
          + " registration_status, connection_state, last_seen, last_boot_at, firmware_status,"
          + " password_hash is not null as has_password, auto_registered, created_at";

  private final Db db;
  private final Outbox outbox;
  private final OutboxRelay relay;
  private final CorePolicy policy;
  private final Clock clock;
  private final Json json;
  private final VerifiedCredentials verified;

  /**
   * @param db database
   * @param outbox event outbox
   * @param relay woken after commits with events
   * @param policy unknown-charger policy and heartbeat interval
   * @param clock server time
   * @param json for event payloads
   * @param meterRegistry where the connected-chargers gauge goes
   * @param credentialCacheSize how many chargers' verified passwords to remember (0: none)
   */
  public ChargerService(
      Db db,
      Outbox outbox,
      OutboxRelay relay,
      CorePolicy policy,
      Clock clock,
      Json json,
      MeterRegistry meterRegistry,
      @Value("${evdepot.ocpp.credential-cache-size:10000}") int credentialCacheSize) {
    this.verified = new VerifiedCredentials(credentialCacheSize);
    this.db = db;
    this.outbox = outbox;
    this.relay = relay;
    this.policy = policy;
    this.clock = clock;
    this.json = json;
    Gauge.builder("evdepot.chargers.connected", this, ChargerService::connectedCountOrNaN)
        .description("Chargers with an open OCPP connection")
        .register(meterRegistry);
  }

  /**
   * Handles a BootNotification: registers an unknown charger per policy, stores its identity and
   * answers with its registration status.
   *
   * @param request the boot
   * @return status, server time and heartbeat interval
   */
  public BootResult boot(BootRequest request) {
    Instant now = clock.instant();
    RegistrationStatus status =
        db.inTransaction(
            c -> {
              ensureCharger(c, request.chargerId(), now);
              RegistrationStatus s;
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "update charger set vendor = coalesce(?, vendor), model = coalesce(?, model),"
                          + " serial_number = ?, firmware_version = ?, ocpp_version = ?,"
                          + " last_boot_at = ?, last_seen = ?, updated_at = ? where id = ?"
                          + " returning registration_status")) {
                ps.setString(1, request.vendor());
                ps.setString(2, request.model());
                ps.setString(3, request.serialNumber());
                ps.setString(4, request.firmwareVersion());
                ps.setString(5, request.ocppVersion());
                ps.setTimestamp(6, Timestamp.from(now));
                ps.setTimestamp(7, Timestamp.from(now));
                ps.setTimestamp(8, Timestamp.from(now));
                ps.setString(9, request.chargerId());
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  s = RegistrationStatus.valueOf(rs.getString(1));
                }
              }
              Map<String, Object> data = new LinkedHashMap<>();
              data.put("status", s.name());
              data.put("vendor", request.vendor());
              data.put("model", request.model());
              data.put("firmwareVersion", request.firmwareVersion());
              data.put("ocppVersion", request.ocppVersion());
              data.put("reason", request.reason());
              outbox.append(
                  c, DomainEvent.of(EventType.CHARGER_BOOTED, request.chargerId(), now, data));
              return s;
            });
    relay.wake();
    LOG.info(
        "Boot from {} ({} {}): {}", request.chargerId(), request.vendor(), request.model(), status);
    return new BootResult(status, now, (int) policy.getHeartbeatInterval().toSeconds());
  }

  /**
   * Handles a Heartbeat.
   *
   * @param chargerId charger
   * @return the server time to answer with
   */
  public Instant heartbeat(String chargerId) {
    Instant now = clock.instant();
    db.inTransaction(c -> touch(c, chargerId, now));
    return now;
  }

  /**
   * Records that a charger opened an OCPP connection. A reconnect replaces the previous session.
   *
   * @param chargerId charger
   * @param ocppVersion negotiated version ("1.6", "2.0.1")
   * @param sessionId the connection's id; a later {@link #disconnected} must name it
   * @return the charger's registration status
   */
  public RegistrationStatus connected(String chargerId, String ocppVersion, String sessionId) {
    Instant now = clock.instant();
    RegistrationStatus status =
        db.inTransaction(
            c -> {
              ensureCharger(c, chargerId, now);
              RegistrationStatus s;
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "update charger set connection_state = 'CONNECTED', session_id = ?,"
                          + " ocpp_version = ?, connected_at = ?, last_seen = ?, updated_at = ?"
                          + " where id = ? returning registration_status")) {
                ps.setString(1, sessionId);
                ps.setString(2, ocppVersion);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setTimestamp(5, Timestamp.from(now));
                ps.setString(6, chargerId);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  s = RegistrationStatus.valueOf(rs.getString(1));
                }
              }
              outbox.append(
                  c,
                  DomainEvent.of(
                      EventType.CHARGER_CONNECTED,
                      chargerId,
                      now,
                      Map.of("ocppVersion", ocppVersion, "sessionId", sessionId)));
              return s;
            });
    relay.wake();
    return status;
  }

  /**
   * Records that a charger's connection closed. Ignored when the charger has since reconnected with
   * another session (the old socket's close arrives after the new one opened).
   *
   * @param chargerId charger
   * @param sessionId the closed connection's id
   * @return true when the charger is now disconnected, false when the session was stale
   */
  public boolean disconnected(String chargerId, String sessionId) {
    Instant now = clock.instant();
    boolean changed =
        db.inTransaction(
            c -> {
              int n;
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "update charger set connection_state = 'DISCONNECTED', session_id = null,"
                          + " updated_at = ? where id = ? and session_id = ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, chargerId);
                ps.setString(3, sessionId);
                n = ps.executeUpdate();
              }
              if (n > 0) {
                outbox.append(
                    c,
                    DomainEvent.of(
                        EventType.CHARGER_DISCONNECTED,
                        chargerId,
                        now,
                        Map.of("sessionId", sessionId)));
              }
              return n > 0;
            });
    if (changed) {
      relay.wake();
    }
    return changed;
  }

  /**
   * Handles a StatusNotification: appends to the history and updates the live status unless a newer
   * status is already stored (out-of-order delivery).
   *
   * @param report the status
   * @return true when the live status changed
   */
  public boolean statusNotification(StatusReport report) {
    Instant now = clock.instant();
    Instant time = report.timestamp() != null ? report.timestamp() : now;
    boolean changed =
        db.inTransaction(
            c -> {
              touch(c, report.chargerId(), now);
              boolean created =
                  ensureConnector(
                      c,
                      report.chargerId(),
                      report.evseId(),
                      report.connectorId(),
                      report.status(),
                      time);
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "insert into connector_status_history (charger_id, evse_id, connector_id,"
                          + " status, error_code, info, vendor_error_code, status_time, received_at)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, report.chargerId());
                ps.setInt(2, report.evseId());
                ps.setInt(3, report.connectorId());
                ps.setString(4, report.status());
                ps.setString(5, report.errorCode());
                ps.setString(6, report.info());
                ps.setString(7, report.vendorErrorCode());
                ps.setTimestamp(8, Timestamp.from(time));
                ps.setTimestamp(9, Timestamp.from(now));
                ps.executeUpdate();
              }
              String oldStatus;
              Instant oldTime;
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "select status, status_time from connector where charger_id = ? and"
                          + " evse_id = ? and connector_id = ? for update")) {
                ps.setString(1, report.chargerId());
                ps.setInt(2, report.evseId());
                ps.setInt(3, report.connectorId());
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  oldStatus = rs.getString(1);
                  oldTime = rs.getTimestamp(2).toInstant();
                }
              }
              if (time.isBefore(oldTime)) {
                return false; // an older status arrived late: history only
              }
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "update connector set status = ?, error_code = ?, info = ?,"
                          + " vendor_error_code = ?, status_time = ?, updated_at = ? where"
                          + " charger_id = ? and evse_id = ? and connector_id = ?")) {
                ps.setString(1, report.status());
                ps.setString(2, report.errorCode());
                ps.setString(3, report.info());
                ps.setString(4, report.vendorErrorCode());
                ps.setTimestamp(5, Timestamp.from(time));
                ps.setTimestamp(6, Timestamp.from(now));
                ps.setString(7, report.chargerId());
                ps.setInt(8, report.evseId());
                ps.setInt(9, report.connectorId());
                ps.executeUpdate();
              }
              boolean statusChanged = created || !report.status().equals(oldStatus);
              if (statusChanged) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("evseId", report.evseId());
                data.put("connectorId", report.connectorId());
                data.put("status", report.status());
                data.put("previousStatus", created ? null : oldStatus);
                data.put("errorCode", report.errorCode());
                data.put("statusTime", time.toString());
                outbox.append(
                    c,
                    DomainEvent.of(
                        EventType.CONNECTOR_STATUS_CHANGED, report.chargerId(), now, data));
              }
              return statusChanged;
            });
    if (changed) {
      relay.wake();
    }
    return changed;
  }

  /**
   * Records a charger event (security event, firmware/diagnostics/log status, report, event
   * notification, data transfer, ...). A {@code SECURITY_EVENT} also raises a domain event; {@code
   * FIRMWARE_STATUS} and {@code DIAGNOSTICS_STATUS} also update the charger's current status from
   * the {@code status} entry of {@code data}.
   *
   * @param chargerId charger
   * @param kind kind of event, upper case (e.g. SECURITY_EVENT)
   * @param time the charger's time of the event, or null for now
   * @param data details (JSON-compatible values)
   */
  public void recordEvent(String chargerId, String kind, Instant time, Map<String, Object> data) {
    Instant now = clock.instant();
    Instant at = time != null ? time : now;
    Map<String, Object> clean = new LinkedHashMap<>();
    data.forEach(
        (k, v) -> {
          if (v != null) {
            clean.put(k, v);
          }
        });
    db.inTransaction(
        c -> {
          touch(c, chargerId, now);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "insert into charger_event (charger_id, kind, event_time, received_at, payload)"
                      + " values (?, ?, ?, ?, ?::jsonb)")) {
            ps.setString(1, chargerId);
            ps.setString(2, kind);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setString(5, json.write(clean));
            ps.executeUpdate();
          }
          String column =
              switch (kind) {
                case "FIRMWARE_STATUS" -> "firmware_status";
                case "DIAGNOSTICS_STATUS" -> "diagnostics_status";
                default -> null;
              };
          if (column != null && clean.get("status") != null) {
            try (PreparedStatement ps =
                c.prepareStatement("update charger set " + column + " = ? where id = ?")) {
              ps.setString(1, String.valueOf(clean.get("status")));
              ps.setString(2, chargerId);
              ps.executeUpdate();
            }
          }
          if (kind.equals("SECURITY_EVENT")) {
            Map<String, Object> eventData = new LinkedHashMap<>(clean);
            eventData.put("eventTime", at.toString());
            outbox.append(c, DomainEvent.of(EventType.SECURITY_EVENT, chargerId, now, eventData));
          }
          return null;
        });
    if (kind.equals("SECURITY_EVENT")) {
      relay.wake();
    }
  }

  /**
   * Lists stored charger events of one kind, newest first.
   *
   * @param chargerId charger
   * @param kind kind
   * @param limit at most this many
   * @return payloads as JSON text
   */
  public List<String> events(String chargerId, String kind, int limit) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select payload::text from charger_event where charger_id = ? and kind = ?"
                      + " order by event_time desc, id desc limit ?")) {
            ps.setString(1, chargerId);
            ps.setString(2, kind);
            ps.setInt(3, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
            return out;
          }
        });
  }

  /**
   * Checks a charger's basic-authentication password.
   *
   * @param chargerId charger
   * @param password the password it presented
   * @return true when a password is set and matches
   */
  public boolean verifyPassword(String chargerId, String password) {
    String hash = storedHash(chargerId).orElse(null);
    return hash != null && password != null && matches(chargerId, hash, password);
  }

  /**
   * Decides whether a charger may open its OCPP connection, from the credentials it presents (HTTP
   * Basic, OCPP security profiles 1 and 2) and the unknown-charger policy:
   *
   * <ul>
   *   <li>a charger with a stored password hash must present that password;
   *   <li>an unknown charger is refused under the {@code reject} policy; under {@code pending} and
   *       {@code auto-register} it is recorded (pending or accepted) here;
   *   <li>a charger without a stored hash that presents a password gets that password stored (trust
   *       on first use): later connections must present the same one, until an operator sets a new
   *       one or clears it;
   *   <li>a charger without a stored hash that presents none is admitted unless {@code
   *       requirePassword}.
   * </ul>
   *
   * PBKDF2 runs only when the password was not verified before against the same stored hash (see
   * {@code evdepot.ocpp.credential-cache-size}).
   *
   * @param chargerId charge point identity from the URL
   * @param password the presented password, or null when none was sent
   * @param requirePassword whether a charger must present a password
   * @return the verdict
   */
  public Admission admit(String chargerId, String password, boolean requirePassword) {
    for (int attempt = 0; ; attempt++) {
      Optional<Optional<String>> row =
          db.read(
              c -> {
                try (PreparedStatement ps =
                    c.prepareStatement("select password_hash from charger where id = ?")) {
                  ps.setString(1, chargerId);
                  try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                        ? Optional.of(Optional.ofNullable(rs.getString(1)))
                        : Optional.<Optional<String>>empty();
                  }
                }
              });
      if (row.isPresent() && row.get().isPresent()) {
        if (password == null) {
          return Admission.NO_PASSWORD;
        }
        return matches(chargerId, row.get().get(), password)
            ? Admission.ADMITTED
            : Admission.WRONG_PASSWORD;
      }
      if (row.isEmpty() && policy.getUnknownCharger() == CorePolicy.UnknownCharger.REJECT) {
        return Admission.UNKNOWN;
      }
      if (password == null) {
        return requirePassword ? Admission.NO_PASSWORD : Admission.ADMITTED;
      }
      if (attempt > 0) {
        // The hash another handshake stored in between disappeared again (operator reset).
        return Admission.WRONG_PASSWORD;
      }
      // Trust on first use. Hashing (PBKDF2) happens outside the database transaction.
      String hash = PasswordHasher.hash(password);
      Instant now = clock.instant();
      boolean stored =
          db.inTransaction(
              c -> {
                ensureCharger(c, chargerId, now);
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "update charger set password_hash = ?, updated_at = ? where id = ?"
                            + " and password_hash is null")) {
                  ps.setString(1, hash);
                  ps.setTimestamp(2, Timestamp.from(now));
                  ps.setString(3, chargerId);
                  return ps.executeUpdate() > 0;
                }
              });
      if (stored) {
        verified.remember(chargerId, hash, password);
        LOG.info("Charger {} presented its first password; stored (trust on first use)", chargerId);
        return Admission.ADMITTED_FIRST_USE;
      }
      // Another connection of the same charger stored its password first: check against that.
    }
  }

  private Optional<String> storedHash(String chargerId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("select password_hash from charger where id = ?")) {
            ps.setString(1, chargerId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  private boolean matches(String chargerId, String hash, String password) {
    if (verified.isVerified(chargerId, hash, password)) {
      return true;
    }
    if (PasswordHasher.matches(password, hash)) {
      verified.remember(chargerId, hash, password);
      return true;
    }
    return false;
  }

  /**
   * Removes a charger's password, so that the next password it presents is stored (trust on first
   * use), e.g. after the charger was replaced.
   *
   * @param id charger id
   * @throws CoreException NOT_FOUND
   */
  public void clearPassword(String id) {
    Instant now = clock.instant();
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update charger set password_hash = null, updated_at = ? where id = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, id);
            if (ps.executeUpdate() == 0) {
              throw CoreException.notFound("charger", id);
            }
          }
          return null;
        });
    verified.forget(id);
    LOG.info("Password of charger {} cleared by an operator", id);
  }

  /**
   * The registration status a charger has now.
   *
   * @param chargerId charger
   * @return its status, or empty for an unknown charger
   */
  public Optional<RegistrationStatus> registrationStatus(String chargerId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("select registration_status from charger where id = ?")) {
            ps.setString(1, chargerId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(RegistrationStatus.valueOf(rs.getString(1)))
                  : Optional.empty();
            }
          }
        });
  }

  // --- operator CRUD ---

  /**
   * @param depotId only chargers of this depot, or null for all
   * @return chargers by id
   */
  public List<Charger> list(Long depotId) {
    return db.read(
        c -> {
          String sql =
              "select "
                  + CHARGER_COLUMNS
                  + " from charger"
                  + (depotId != null ? " where depot_id = ?" : "")
                  + " order by id";
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (depotId != null) {
              ps.setLong(1, depotId);
            }
            List<Charger> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(charger(rs));
              }
            }
            return out;
          }
        });
  }

  /**
   * @param id charger id
   * @return the charger, or empty
   */
  public Optional<Charger> find(String id) {
    return db.read(c -> find(c, id));
  }

  /**
   * @param id charger id
   * @return the charger
   * @throws CoreException NOT_FOUND
   */
  public Charger get(String id) {
    return find(id).orElseThrow(() -> CoreException.notFound("charger", id));
  }

  /**
   * Registers a charger before it connects.
   *
   * @param id charge point identity
   * @param input depot, status (default accepted), password
   * @return the charger
   * @throws CoreException CONFLICT when it exists, INVALID for a bad id or depot
   */
  public Charger create(String id, ChargerInput input) {
    if (id == null || !id.matches("[A-Za-z0-9._:*+|@\\-]{1,48}")) {
      throw CoreException.invalid(
          "id", "id must be 1..48 characters of A-Z a-z 0-9 . _ - : * + | @, got: " + id);
    }
    Instant now = clock.instant();
    try {
      return db.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "insert into charger (id, depot_id, registration_status, password_hash,"
                        + " vendor, model, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (id) do nothing")) {
              ps.setString(1, id);
              Db.setLong(ps, 2, input.depotId());
              ps.setString(
                  3,
                  (input.registrationStatus() != null
                          ? input.registrationStatus()
                          : RegistrationStatus.ACCEPTED)
                      .name());
              ps.setString(
                  4, input.password() != null ? PasswordHasher.hash(input.password()) : null);
              ps.setString(5, input.vendor());
              ps.setString(6, input.model());
              ps.setTimestamp(7, Timestamp.from(now));
              ps.setTimestamp(8, Timestamp.from(now));
              if (ps.executeUpdate() == 0) {
                throw new CoreException(
                    CoreException.Kind.CONFLICT, "id", "charger already exists: " + id);
              }
            }
            return find(c, id).orElseThrow();
          });
    } catch (DataAccessException e) {
      throw translate(e, input);
    }
  }

  /**
   * Changes a charger; null fields of {@code input} stay as they are.
   *
   * @param id charger id
   * @param input changes
   * @return the charger
   */
  public Charger update(String id, ChargerInput input) {
    Instant now = clock.instant();
    try {
      return db.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "update charger set depot_id = coalesce(?, depot_id),"
                        + " registration_status = coalesce(?, registration_status),"
                        + " password_hash = coalesce(?, password_hash),"
                        + " vendor = coalesce(?, vendor), model = coalesce(?, model),"
                        + " updated_at = ? where id = ?")) {
              Db.setLong(ps, 1, input.depotId());
              ps.setString(
                  2, input.registrationStatus() == null ? null : input.registrationStatus().name());
              ps.setString(
                  3, input.password() != null ? PasswordHasher.hash(input.password()) : null);
              ps.setString(4, input.vendor());
              ps.setString(5, input.model());
              ps.setTimestamp(6, Timestamp.from(now));
              ps.setString(7, id);
              if (ps.executeUpdate() == 0) {
                throw CoreException.notFound("charger", id);
              }
            }
            return find(c, id).orElseThrow();
          });
    } catch (DataAccessException e) {
      throw translate(e, input);
    } finally {
      if (input.password() != null) {
        verified.forget(id);
      }
    }
  }

  /**
   * Deletes a charger with its connectors, transactions and events.
   *
   * @param id charger id
   * @throws CoreException NOT_FOUND
   */
  public void delete(String id) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("delete from charger where id = ?")) {
            ps.setString(1, id);
            if (ps.executeUpdate() == 0) {
              throw CoreException.notFound("charger", id);
            }
          }
          return null;
        });
    verified.forget(id);
  }

  /**
   * @param chargerId charger
   * @return live status of its connectors, by EVSE and connector
   * @throws CoreException NOT_FOUND for an unknown charger
   */
  public List<ConnectorStatus> connectors(String chargerId) {
    get(chargerId);
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select charger_id, evse_id, connector_id, status, error_code, info, status_time"
                      + " from connector where charger_id = ? order by evse_id, connector_id")) {
            ps.setString(1, chargerId);
            List<ConnectorStatus> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new ConnectorStatus(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()));
              }
            }
            return out;
          }
        });
  }

  // --- helpers shared with other services (same package) ---

  /**
   * Inserts an unknown charger per the unknown-charger policy; no-op for a known one.
   *
   * @return true when the charger was created
   */
  boolean ensureCharger(Connection c, String chargerId, Instant now) throws SQLException {
    RegistrationStatus initial =
        switch (policy.getUnknownCharger()) {
          case REJECT -> RegistrationStatus.REJECTED;
          case PENDING -> RegistrationStatus.PENDING;
          case AUTO_REGISTER -> RegistrationStatus.ACCEPTED;
        };
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into charger (id, registration_status, auto_registered, created_at,"
                + " updated_at) values (?, ?, ?, ?, ?) on conflict (id) do nothing")) {
      ps.setString(1, chargerId);
      ps.setString(2, initial.name());
      ps.setBoolean(3, initial == RegistrationStatus.ACCEPTED);
      ps.setTimestamp(4, Timestamp.from(now));
      ps.setTimestamp(5, Timestamp.from(now));
      boolean created = ps.executeUpdate() > 0;
      if (created) {
        LOG.info("Unknown charger {} registered as {}", chargerId, initial);
      }
      return created;
    }
  }

  /** Ensures the charger exists and updates its last-seen time. */
  Void touch(Connection c, String chargerId, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("update charger set last_seen = ? where id = ?")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setString(2, chargerId);
      if (ps.executeUpdate() == 0) {
        ensureCharger(c, chargerId, now);
        touch(c, chargerId, now);
      }
    }
    return null;
  }

  /** Ensures the EVSE and connector rows exist (a new connector starts with the given status). */
  static boolean ensureConnector(
      Connection c, String chargerId, int evseId, int connectorId, String status, Instant time)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into evse (charger_id, evse_id) values (?, ?) on conflict do nothing")) {
      ps.setString(1, chargerId);
      ps.setInt(2, evseId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into connector (charger_id, evse_id, connector_id, status, status_time)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing")) {
      ps.setString(1, chargerId);
      ps.setInt(2, evseId);
      ps.setInt(3, connectorId);
      ps.setString(4, status);
      ps.setTimestamp(5, Timestamp.from(time));
      return ps.executeUpdate() > 0;
    }
  }

  private Optional<Charger> find(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select " + CHARGER_COLUMNS + " from charger where id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(charger(rs)) : Optional.empty();
      }
    }
  }

  private static Charger charger(ResultSet rs) throws SQLException {
    return new Charger(
        rs.getString("id"),
        Db.longValue(rs, "depot_id"),
        rs.getString("vendor"),
        rs.getString("model"),
        rs.getString("serial_number"),
        rs.getString("firmware_version"),
        rs.getString("ocpp_version"),
        RegistrationStatus.valueOf(rs.getString("registration_status")),
        ConnectionState.valueOf(rs.getString("connection_state")),
        Db.instant(rs, "last_seen"),
        Db.instant(rs, "last_boot_at"),
        rs.getString("firmware_status"),
        rs.getBoolean("has_password"),
        rs.getBoolean("auto_registered"),
        Db.instant(rs, "created_at"));
  }

  private static RuntimeException translate(DataAccessException e, ChargerInput input) {
    if ("23503".equals(e.sqlState())) {
      return CoreException.invalid("depotId", "depot not found: " + input.depotId());
    }
    return e;
  }

  private double connectedCountOrNaN() {
    try {
      return db.read(
          c -> {
            try (PreparedStatement ps =
                    c.prepareStatement(
                        "select count(*) from charger where connection_state = 'CONNECTED'");
                ResultSet rs = ps.executeQuery()) {
              rs.next();
              return (double) rs.getLong(1);
            }
          });
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
