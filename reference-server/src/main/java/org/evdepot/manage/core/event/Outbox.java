package org.evdepot.manage.core.event;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.evdepot.manage.core.adapter.Json;

/** Appends domain events to the outbox table on the caller's transaction. */
@Singleton
public class Outbox {

  private final Json json;

  /**
   * @param json serialises event data
   */
  public Outbox(Json json) {
    this.json = json;
  }

  /**
   * Writes an event; it becomes visible to the relay when the transaction commits.
   *
   * @param c the caller's transaction
   * @param event the event
   * @throws SQLException from JDBC
   */
  public void append(Connection c, DomainEvent event) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into outbox (event_id, event_type, charger_id, occurred_at, payload)"
                + " values (?, ?, ?, ?, ?::jsonb)")) {
      ps.setObject(1, event.id());
      ps.setString(2, event.type().name());
      ps.setString(3, event.chargerId());
      ps.setTimestamp(4, Timestamp.from(event.occurredAt()));
      ps.setString(5, json.write(event.data()));
      ps.executeUpdate();
    }
  }
}
