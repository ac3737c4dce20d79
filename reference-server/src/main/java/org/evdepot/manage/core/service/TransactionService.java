package org.evdepot.manage.core.service;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
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
import org.evdepot.manage.core.adapter.Db;
import org.evdepot.manage.core.event.DomainEvent;
import org.evdepot.manage.core.event.EventType;
import org.evdepot.manage.core.event.Outbox;
import org.evdepot.manage.core.event.OutboxRelay;
import org.evdepot.manage.core.model.MeterValue;
import org.evdepot.manage.core.model.Page;
import org.evdepot.manage.core.model.Transaction;
import org.evdepot.manage.core.model.TransactionState;

/**
 * Transactions, one model for OCPP 1.6 (StartTransaction / StopTransaction, integer ids) and 2.0.1
 * (TransactionEvent, string ids), with their meter values.
 *
 * <p>Idempotent and loss-free: every method commits before it returns (the caller then answers the
 * charger); a repeated 1.6 start gets the same id; a repeated 2.0.1 (transactionId, seqNo) is not
 * stored twice; a stop for an unknown or stopped transaction is recorded as an anomaly and
 * answered; meter values outside the transaction window or going backwards are stored flagged.
 */
@Singleton
public class TransactionService {

  /** Stop anomaly kind: a 1.6 StopTransaction whose meterStop is below its meterStart. */
  public static final String METER_BELOW_START = "METER_BELOW_START";

  private final Db db;
  private final Outbox outbox;
  private final OutboxRelay relay;
  private final ChargerService chargers;
  private final IdTokenService idTokens;
  private final Clock clock;

  /**
   * @param db database
   * @param outbox event outbox
   * @param relay woken after commits with events
   * @param chargers for unknown-charger handling
   * @param idTokens authorization of id tokens
   * @param clock server time
   */
  public TransactionService(
      Db db,
      Outbox outbox,
      OutboxRelay relay,
      ChargerService chargers,
      IdTokenService idTokens,
      Clock clock) {
    this.db = db;
    this.outbox = outbox;
    this.relay = relay;
    this.chargers = chargers;
    this.idTokens = idTokens;
    this.clock = clock;
  }

  /**
   * Handles a 1.6 StartTransaction. The same (charger, connector, id tag, start time, meterStart)
   * always returns the same transaction id, so a charger that resends after a lost answer does not
   * create a second transaction.
   *
   * @param r the request
   * @return the transaction id and the id tag's authorization
   */
  public StartTransactionResult startTransaction(StartTransactionRequest r) {
    Instant now = clock.instant();
    StartTransactionResult result =
        db.inTransaction(
            c -> {
              chargers.touch(c, r.chargerId(), now);
              AuthorizationResult auth = idTokens.authorize(c, r.idTag(), null, now);
              Optional<Transaction> existing = findStart16(c, r);
              if (existing.isPresent()) {
                return new StartTransactionResult(existing.get().ocpp16Id(), auth, true);
              }
              Integer created;
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "insert into charging_transaction (charger_id, evse_id, connector_id,"
                          + " ocpp16_id, id_token, state, started_at, meter_start_wh,"
                          + " reservation_id, created_at, updated_at)"
                          + " values (?, ?, ?, nextval('ocpp16_transaction_id_seq'), ?, 'ACTIVE',"
                          + " ?, ?, ?, ?, ?)"
                          + " on conflict (charger_id, connector_id, id_token, started_at,"
                          + " meter_start_wh) where ocpp16_id is not null do nothing"
                          + " returning ocpp16_id")) {
                ps.setString(1, r.chargerId());
                ps.setInt(2, r.connectorId());
                ps.setInt(3, r.connectorId());
                ps.setString(4, r.idTag());
                ps.setTimestamp(5, Timestamp.from(r.timestamp()));
                ps.setBigDecimal(6, BigDecimal.valueOf(r.meterStartWh()));
                Db.setInt(ps, 7, r.reservationId());
                ps.setTimestamp(8, Timestamp.from(now));
                ps.setTimestamp(9, Timestamp.from(now));
                try (ResultSet rs = ps.executeQuery()) {
                  created = rs.next() ? rs.getInt(1) : null;
                }
              }
              if (created == null) { // a concurrent duplicate won the race
                return new StartTransactionResult(
                    findStart16(c, r).orElseThrow().ocpp16Id(), auth, true);
              }
              Map<String, Object> data = new LinkedHashMap<>();
              data.put("transactionId", created);
              data.put("connectorId", r.connectorId());
              data.put("idToken", r.idTag());
              data.put("startedAt", r.timestamp().toString());
              data.put("meterStartWh", r.meterStartWh());
              data.put("authorization", auth.status().name());
              outbox.append(
                  c, DomainEvent.of(EventType.TRANSACTION_STARTED, r.chargerId(), now, data));
              return new StartTransactionResult(created, auth, false);
            });
    if (!result.duplicate()) {
      relay.wake();
    }
    return result;
  }

  /**
   * Handles a 1.6 StopTransaction. Always answered: an unknown or already stopped transaction is
   * recorded in {@code transaction_stop_anomaly} (its meter data is kept, without a transaction).
   *
   * @param r the request
   * @return what the stop did and the id tag's authorization
   */
  public StopTransactionResult stopTransaction(StopTransactionRequest r) {
    Instant now = clock.instant();
    StopTransactionResult result =
        db.inTransaction(
            c -> {
              chargers.touch(c, r.chargerId(), now);
              AuthorizationResult auth =
                  r.idTag() == null ? null : idTokens.authorize(c, r.idTag(), null, now);
              Optional<Transaction> tx = lock(c, "ocpp16_id = ?", r.chargerId(), r.transactionId());
              if (tx.isEmpty() || tx.get().state() == TransactionState.ENDED) {
                StopTransactionResult.Outcome outcome =
                    tx.isEmpty()
                        ? StopTransactionResult.Outcome.UNKNOWN_TRANSACTION
                        : StopTransactionResult.Outcome.ALREADY_STOPPED;
                recordStopAnomaly(c, r, outcome.name(), now);
                storeSamples(c, null, true, r.chargerId(), null, r.transactionData(), now);
                return new StopTransactionResult(outcome, auth);
              }
              Transaction t = tx.get();
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "update charging_transaction set state = 'ENDED', stopped_at = ?,"
                          + " meter_stop_wh = ?, stop_reason = ?, updated_at = ? where id = ?")) {
                ps.setTimestamp(1, Timestamp.from(r.timestamp()));
                ps.setBigDecimal(2, BigDecimal.valueOf(r.meterStopWh()));
                ps.setString(3, r.reason() != null ? r.reason() : "Local");
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setLong(5, t.id());
                ps.executeUpdate();
              }
              boolean meterBelowStart =
                  t.meterStartWh() != null
                      && BigDecimal.valueOf(r.meterStopWh()).compareTo(t.meterStartWh()) < 0;
              if (meterBelowStart) {
                // Stored as the charger sent it, and flagged: the register went backwards.
                recordStopAnomaly(c, r, METER_BELOW_START, now);
              }
              Transaction stopped = lock(c, "id = ?", null, t.id()).orElseThrow();
              int flagged =
                  storeSamples(
                      c, stopped, false, r.chargerId(), t.evseId(), r.transactionData(), now);
              Map<String, Object> data = new LinkedHashMap<>();
              data.put("transactionId", t.ocpp16Id());
              data.put("stoppedAt", r.timestamp().toString());
              data.put("meterStopWh", r.meterStopWh());
              data.put("energyWh", r.meterStopWh() - t.meterStartWh().longValue());
              data.put("reason", stopped.stopReason());
              data.put("flaggedSamples", flagged);
              data.put("meterStopBelowStart", meterBelowStart);
              outbox.append(
                  c, DomainEvent.of(EventType.TRANSACTION_ENDED, r.chargerId(), now, data));
              return new StopTransactionResult(StopTransactionResult.Outcome.STOPPED, auth);
            });
    if (result.outcome() == StopTransactionResult.Outcome.STOPPED) {
      relay.wake();
    }
    return result;
  }

  /**
   * Handles a 2.0.1 TransactionEvent. Events may arrive out of order (an Updated before its
   * Started); the transaction is created by whichever arrives first and completed by the others. A
   * repeated (transactionId, seqNo) changes nothing and is answered the same way.
   *
   * @param r the request
   * @return the server's transaction id, whether it was a duplicate, the id token's authorization
   */
  public TransactionEventResult transactionEvent(TransactionEventRequest r) {
    Instant now = clock.instant();
    TransactionEventResult result =
        db.inTransaction(
            c -> {
              chargers.touch(c, r.chargerId(), now);
              AuthorizationResult auth =
                  r.idToken() == null
                      ? null
                      : idTokens.authorize(c, r.idToken(), r.idTokenType(), now);
              boolean created;
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "insert into charging_transaction (charger_id, transaction_ref, state,"
                          + " created_at, updated_at) values (?, ?, 'ACTIVE', ?, ?)"
                          + " on conflict (charger_id, transaction_ref)"
                          + " where transaction_ref is not null do nothing")) {
                ps.setString(1, r.chargerId());
                ps.setString(2, r.transactionId());
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setTimestamp(4, Timestamp.from(now));
                created = ps.executeUpdate() > 0;
              }
              Transaction t =
                  lock(c, "transaction_ref = ?", r.chargerId(), r.transactionId()).orElseThrow();
              int inserted;
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "insert into transaction_event (transaction_id, seq_no, event_type,"
                          + " trigger_reason, event_time, offline, received_at)"
                          + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
                ps.setLong(1, t.id());
                ps.setInt(2, r.seqNo());
                ps.setString(3, r.eventType().name());
                ps.setString(4, r.triggerReason());
                ps.setTimestamp(5, Timestamp.from(r.timestamp()));
                ps.setBoolean(6, r.offline());
                ps.setTimestamp(7, Timestamp.from(now));
                inserted = ps.executeUpdate();
              }
              if (inserted == 0) {
                return new TransactionEventResult(t.id(), true, auth);
              }
              boolean newest = t.lastSeqNo() == null || r.seqNo() >= t.lastSeqNo();
              BigDecimal energy = firstEnergy(r.meterValues());
              boolean started = r.eventType() == TransactionEventRequest.EventType.STARTED;
              boolean ended = r.eventType() == TransactionEventRequest.EventType.ENDED;
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "update charging_transaction set"
                          + " evse_id = coalesce(evse_id, ?), connector_id = coalesce(connector_id, ?),"
                          + " id_token = coalesce(id_token, ?),"
                          + " remote_start_id = coalesce(remote_start_id, ?),"
                          + " started_at = case when ? then ? else coalesce(started_at, null) end,"
                          + " meter_start_wh = case when ? and ?::numeric is not null then ? else meter_start_wh end,"
                          + " state = case when ? then 'ENDED' else state end,"
                          + " stopped_at = case when ? then ? else stopped_at end,"
                          + " meter_stop_wh = case when ? then coalesce(?, meter_stop_wh) else meter_stop_wh end,"
                          + " stop_reason = case when ? then coalesce(?, 'Local') else stop_reason end,"
                          + " charging_state = case when ? then coalesce(?, charging_state) else charging_state end,"
                          + " last_seq_no = greatest(coalesce(last_seq_no, ?), ?), updated_at = ?"
                          + " where id = ?")) {
                int i = 1;
                Db.setInt(ps, i++, r.evseId());
                Db.setInt(ps, i++, r.connectorId());
                ps.setString(i++, r.idToken());
                Db.setInt(ps, i++, r.remoteStartId());
                ps.setBoolean(i++, started);
                ps.setTimestamp(i++, Timestamp.from(r.timestamp()));
                ps.setBoolean(i++, started);
                ps.setBigDecimal(i++, energy);
                ps.setBigDecimal(i++, energy);
                ps.setBoolean(i++, ended);
                ps.setBoolean(i++, ended);
                ps.setTimestamp(i++, Timestamp.from(r.timestamp()));
                ps.setBoolean(i++, ended);
                ps.setBigDecimal(i++, lastEnergy(r.meterValues()));
                ps.setBoolean(i++, ended);
                ps.setString(i++, r.stoppedReason());
                ps.setBoolean(i++, newest);
                ps.setString(i++, r.chargingState());
                ps.setInt(i++, r.seqNo());
                ps.setInt(i++, r.seqNo());
                ps.setTimestamp(i++, Timestamp.from(now));
                ps.setLong(i, t.id());
                ps.executeUpdate();
              }
              Transaction updated = lock(c, "id = ?", null, t.id()).orElseThrow();
              int flagged =
                  storeSamples(
                      c, updated, false, r.chargerId(), updated.evseId(), r.meterValues(), now);
              EventType type =
                  created
                      ? EventType.TRANSACTION_STARTED
                      : ended ? EventType.TRANSACTION_ENDED : EventType.TRANSACTION_UPDATED;
              Map<String, Object> data = new LinkedHashMap<>();
              data.put("transactionRef", r.transactionId());
              data.put("seqNo", r.seqNo());
              data.put("eventType", r.eventType().name());
              data.put("triggerReason", r.triggerReason());
              data.put("evseId", updated.evseId());
              data.put("idToken", updated.idToken());
              data.put("chargingState", updated.chargingState());
              data.put("samples", r.meterValues().size());
              data.put("flaggedSamples", flagged);
              outbox.append(c, DomainEvent.of(type, r.chargerId(), now, data));
              if (created && ended) {
                outbox.append(
                    c, DomainEvent.of(EventType.TRANSACTION_ENDED, r.chargerId(), now, data));
              }
              return new TransactionEventResult(t.id(), false, auth);
            });
    if (!result.duplicate()) {
      relay.wake();
    }
    return result;
  }

  /**
   * Handles a MeterValues message. 1.6 values name their transaction; values of an unknown
   * transaction are kept without one and flagged as outside any transaction window.
   *
   * @param r the request
   * @return how many samples were stored and flagged
   */
  public MeterValuesResult meterValues(MeterValuesRequest r) {
    Instant now = clock.instant();
    MeterValuesResult result =
        db.inTransaction(
            c -> {
              chargers.touch(c, r.chargerId(), now);
              Transaction tx =
                  r.ocpp16TransactionId() == null
                      ? null
                      : lock(c, "ocpp16_id = ?", r.chargerId(), r.ocpp16TransactionId())
                          .orElse(null);
              // 1.6 values that name a transaction we do not know lie outside every known window.
              boolean orphan = r.ocpp16TransactionId() != null && tx == null;
              int flagged =
                  storeSamples(c, tx, orphan, r.chargerId(), r.evseId(), r.samples(), now);
              Map<String, Object> data = new LinkedHashMap<>();
              data.put("evseId", r.evseId());
              data.put("transactionId", tx == null ? null : tx.id());
              data.put("samples", r.samples().size());
              data.put("flaggedSamples", flagged);
              outbox.append(
                  c, DomainEvent.of(EventType.METER_VALUES_RECEIVED, r.chargerId(), now, data));
              return new MeterValuesResult(r.samples().size(), flagged);
            });
    relay.wake();
    return result;
  }

  // --- queries ---

  /**
   * @param q filter and page
   * @return transactions, newest start first
   */
  public Page<Transaction> list(TransactionQuery q) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> args = new ArrayList<>();
    if (q.depotId() != null) {
      where.append(" and t.charger_id in (select id from charger where depot_id = ?)");
      args.add(q.depotId());
    }
    if (q.chargerId() != null) {
      where.append(" and t.charger_id = ?");
      args.add(q.chargerId());
    }
    if (q.from() != null) {
      where.append(" and coalesce(t.started_at, t.created_at) >= ?");
      args.add(Timestamp.from(q.from()));
    }
    if (q.to() != null) {
      where.append(" and coalesce(t.started_at, t.created_at) < ?");
      args.add(Timestamp.from(q.to()));
    }
    return db.read(
        c -> {
          long total;
          try (PreparedStatement ps =
              c.prepareStatement("select count(*) from charging_transaction t" + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              total = rs.getLong(1);
            }
          }
          List<Transaction> items = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select t.* from charging_transaction t"
                      + where
                      + " order by coalesce(t.started_at, t.created_at) desc, t.id desc"
                      + " limit ? offset ?")) {
            bind(ps, args);
            ps.setInt(args.size() + 1, q.size());
            ps.setLong(args.size() + 2, (long) q.page() * q.size());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                items.add(transaction(rs));
              }
            }
          }
          return new Page<>(items, q.page(), q.size(), total);
        });
  }

  /**
   * @param id server id of the transaction
   * @return the transaction
   * @throws CoreException NOT_FOUND
   */
  public Transaction get(long id) {
    return db.read(c -> lockless(c, id))
        .orElseThrow(() -> CoreException.notFound("transaction", id));
  }

  /**
   * @param id server id of the transaction
   * @return the transaction, or empty
   */
  public Optional<Transaction> find(long id) {
    return db.read(c -> lockless(c, id));
  }

  /**
   * @param chargerId charger
   * @param ocpp16Id the 1.6 integer id
   * @return the transaction, or empty
   */
  public Optional<Transaction> find16(String chargerId, int ocpp16Id) {
    return db.read(c -> query(c, "charger_id = ? and ocpp16_id = ?", chargerId, ocpp16Id, false));
  }

  /**
   * @param chargerId charger
   * @param transactionRef the 2.0.1 transactionId
   * @return the transaction, or empty
   */
  public Optional<Transaction> findByRef(String chargerId, String transactionRef) {
    return db.read(
        c -> query(c, "charger_id = ? and transaction_ref = ?", chargerId, transactionRef, false));
  }

  /**
   * @param transactionId server id of the transaction
   * @return its meter values by sample time
   */
  public List<MeterValue> meterValues(long transactionId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select * from meter_value where transaction_id = ? order by sampled_at, id")) {
            ps.setLong(1, transactionId);
            List<MeterValue> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new MeterValue(
                        rs.getLong("id"),
                        Db.longValue(rs, "transaction_id"),
                        Db.integer(rs, "evse_id"),
                        Db.instant(rs, "sampled_at"),
                        rs.getString("measurand"),
                        rs.getString("phase"),
                        rs.getBigDecimal("value"),
                        rs.getString("unit"),
                        rs.getString("context"),
                        rs.getBoolean("outside_window"),
                        rs.getBoolean("backwards")));
              }
            }
            return out;
          }
        });
  }

  // --- internals ---

  /**
   * Stores samples, flagging those outside the transaction's window or below its energy register so
   * far; with {@code orphan} (the charger named a transaction that does not exist) every sample is
   * flagged as outside the window.
   */
  private int storeSamples(
      Connection c,
      Transaction tx,
      boolean orphan,
      String chargerId,
      Integer evseId,
      List<MeterSample> samples,
      Instant now)
      throws SQLException {
    int flagged = 0;
    BigDecimal soc = null;
    for (MeterSample s : samples) {
      boolean outside = orphan;
      boolean backwards = false;
      BigDecimal wh = s.energyWh();
      if (tx != null) {
        outside =
            (tx.startedAt() != null && s.timestamp().isBefore(tx.startedAt()))
                || (tx.stoppedAt() != null && s.timestamp().isAfter(tx.stoppedAt()));
        if (wh != null) {
          BigDecimal floor = maxRegisterBefore(c, tx.id(), s.timestamp());
          if (tx.meterStartWh() != null
              && (tx.startedAt() == null || !s.timestamp().isBefore(tx.startedAt()))
              && (floor == null || tx.meterStartWh().compareTo(floor) > 0)) {
            floor = tx.meterStartWh();
          }
          backwards = floor != null && wh.compareTo(floor) < 0;
        }
      }
      if (outside || backwards) {
        flagged++;
      } else if (s.measurand().equals("SoC")) {
        soc = s.value();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into meter_value (charger_id, transaction_id, evse_id, connector_id,"
                  + " sampled_at, measurand, phase, location, value, unit, context,"
                  + " outside_window, backwards, received_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, chargerId);
        Db.setLong(ps, 2, tx == null ? null : tx.id());
        Db.setInt(ps, 3, evseId);
        Db.setInt(ps, 4, tx == null ? null : tx.connectorId());
        ps.setTimestamp(5, Timestamp.from(s.timestamp()));
        ps.setString(6, s.measurand());
        ps.setString(7, s.phase());
        ps.setString(8, s.location());
        ps.setBigDecimal(9, s.value());
        ps.setString(10, s.unit());
        ps.setString(11, s.context());
        ps.setBoolean(12, outside);
        ps.setBoolean(13, backwards);
        ps.setTimestamp(14, Timestamp.from(now));
        ps.executeUpdate();
      }
    }
    if (tx != null && soc != null) {
      try (PreparedStatement ps =
          c.prepareStatement("update charging_transaction set last_soc_percent = ? where id = ?")) {
        ps.setBigDecimal(1, soc);
        ps.setLong(2, tx.id());
        ps.executeUpdate();
      }
    }
    return flagged;
  }

  private static BigDecimal maxRegisterBefore(Connection c, long txId, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select max(case when lower(unit) = 'kwh' then value * 1000 else value end)"
                + " from meter_value where transaction_id = ? and sampled_at <= ?"
                + " and measurand like 'Energy.Active.Import.Register%' and phase is null"
                + " and not backwards and not outside_window")) {
      ps.setLong(1, txId);
      ps.setTimestamp(2, Timestamp.from(at));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBigDecimal(1);
      }
    }
  }

  private static BigDecimal firstEnergy(List<MeterSample> samples) {
    return samples.stream()
        .filter(s -> s.phase() == null)
        .map(MeterSample::energyWh)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static BigDecimal lastEnergy(List<MeterSample> samples) {
    BigDecimal last = null;
    for (MeterSample s : samples) {
      if (s.phase() == null && s.energyWh() != null) {
        last = s.energyWh();
      }
    }
    return last;
  }

  private void recordStopAnomaly(Connection c, StopTransactionRequest r, String kind, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into transaction_stop_anomaly (charger_id, ocpp16_id, kind, id_token,"
                + " stopped_at, meter_stop_wh, stop_reason, received_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, r.chargerId());
      ps.setInt(2, r.transactionId());
      ps.setString(3, kind);
      ps.setString(4, r.idTag());
      ps.setTimestamp(5, Timestamp.from(r.timestamp()));
      ps.setBigDecimal(6, BigDecimal.valueOf(r.meterStopWh()));
      ps.setString(7, r.reason());
      ps.setTimestamp(8, Timestamp.from(now));
      ps.executeUpdate();
    }
  }

  /**
   * Counts recorded stop anomalies of a charger.
   *
   * @param chargerId charger
   * @param kind UNKNOWN_TRANSACTION or ALREADY_STOPPED
   * @return how many
   */
  public long stopAnomalies(String chargerId, StopTransactionResult.Outcome kind) {
    return stopAnomalies(chargerId, kind.name());
  }

  /**
   * Counts recorded stop anomalies of a charger by kind name.
   *
   * @param chargerId charger
   * @param kind UNKNOWN_TRANSACTION, ALREADY_STOPPED or {@link #METER_BELOW_START}
   * @return how many
   */
  public long stopAnomalies(String chargerId, String kind) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select count(*) from transaction_stop_anomaly where charger_id = ? and kind = ?")) {
            ps.setString(1, chargerId);
            ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private Optional<Transaction> findStart16(Connection c, StartTransactionRequest r)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select * from charging_transaction where charger_id = ? and connector_id = ?"
                + " and id_token = ? and started_at = ? and meter_start_wh = ?"
                + " and ocpp16_id is not null")) {
      ps.setString(1, r.chargerId());
      ps.setInt(2, r.connectorId());
      ps.setString(3, r.idTag());
      ps.setTimestamp(4, Timestamp.from(r.timestamp()));
      ps.setBigDecimal(5, BigDecimal.valueOf(r.meterStartWh()));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(transaction(rs)) : Optional.empty();
      }
    }
  }

  private static Optional<Transaction> lock(
      Connection c, String condition, String chargerId, Object key) throws SQLException {
    if (chargerId == null) {
      return query(c, condition, null, key, true);
    }
    return query(c, "charger_id = ? and " + condition, chargerId, key, true);
  }

  private static Optional<Transaction> lockless(Connection c, long id) throws SQLException {
    return query(c, "id = ?", null, id, false);
  }

  private static Optional<Transaction> query(
      Connection c, String condition, String chargerId, Object key, boolean forUpdate)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select * from charging_transaction where "
                + condition
                + (forUpdate ? " for update" : ""))) {
      int i = 1;
      if (chargerId != null) {
        ps.setString(i++, chargerId);
      }
      ps.setObject(i, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(transaction(rs)) : Optional.empty();
      }
    }
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }

  private static Transaction transaction(ResultSet rs) throws SQLException {
    return new Transaction(
        rs.getLong("id"),
        rs.getString("charger_id"),
        Db.integer(rs, "evse_id"),
        Db.integer(rs, "connector_id"),
        Db.integer(rs, "ocpp16_id"),
        rs.getString("transaction_ref"),
        rs.getString("id_token"),
        TransactionState.valueOf(rs.getString("state")),
        Db.instant(rs, "started_at"),
        Db.instant(rs, "stopped_at"),
        rs.getBigDecimal("meter_start_wh"),
        rs.getBigDecimal("meter_stop_wh"),
        rs.getString("stop_reason"),
        rs.getString("charging_state"),
        Db.integer(rs, "last_seq_no"),
        rs.getBigDecimal("last_soc_percent"));
  }
}
