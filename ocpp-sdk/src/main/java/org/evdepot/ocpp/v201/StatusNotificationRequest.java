// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code StatusNotification} request of OCPP 2.0.1, answered by {@link
 * StatusNotificationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param timestamp required; written as UTC with at most millisecond precision. The time for
 *     which the status is reported. If absent time of receipt of the message will be assumed.
 * @param connectorStatus required. This contains the current status of the Connector.
 * @param evseId required. The id of the EVSE to which the connector belongs for which the the
 *     status is reported.
 * @param connectorId required. The id of the connector within the EVSE for which the status is
 *     reported.
 */
public record StatusNotificationRequest(
    CustomData customData,
    Instant timestamp,
    ConnectorStatusEnum connectorStatus,
    int evseId,
    int connectorId)
    implements OcppRequest<StatusNotificationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<StatusNotificationRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_TIMESTAMP = new SerializedString("timestamp");
  private static final SerializedString NAME_CONNECTOR_STATUS =
      new SerializedString("connectorStatus");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");
  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public StatusNotificationRequest {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(connectorStatus, "connectorStatus");
  }

  /** The {@code StatusNotification} action. */
  @Override
  public ActionType<StatusNotificationRequest, StatusNotificationResponse> actionType() {
    return V201Actions.STATUS_NOTIFICATION;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatusNotificationRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Instant timestamp;
    private ConnectorStatusEnum connectorStatus;
    private Integer evseId;
    private Integer connectorId;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code timestamp} (required). */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /** Sets {@code connectorStatus} (required). */
    public Builder connectorStatus(ConnectorStatusEnum connectorStatus) {
      this.connectorStatus = connectorStatus;
      return this;
    }

    /** Sets {@code evseId} (required). */
    public Builder evseId(int evseId) {
      this.evseId = evseId;
      return this;
    }

    /** Sets {@code connectorId} (required). */
    public Builder connectorId(int connectorId) {
      this.connectorId = connectorId;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public StatusNotificationRequest build() {
      if (timestamp == null) {
        throw new IllegalStateException(
            "StatusNotificationRequest.timestamp is required but was not set");
      }
      if (connectorStatus == null) {
        throw new IllegalStateException(
            "StatusNotificationRequest.connectorStatus is required but was not set");
      }
      if (evseId == null) {
        throw new IllegalStateException(
            "StatusNotificationRequest.evseId is required but was not set");
      }
      if (connectorId == null) {
        throw new IllegalStateException(
            "StatusNotificationRequest.connectorId is required but was not set");
      }
      StatusNotificationRequest built =
          new StatusNotificationRequest(
              customData, timestamp, connectorStatus, evseId, connectorId);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid StatusNotificationRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<StatusNotificationRequest> {
    @Override
    public StatusNotificationRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Instant timestamp = null;
      ConnectorStatusEnum connectorStatus = null;
      int evseId = 0;
      boolean hasEvseId = false;
      int connectorId = 0;
      boolean hasConnectorId = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "timestamp":
            timestamp = Codecs.readInstant(p, ctx, "timestamp");
            break;
          case "connectorStatus":
            connectorStatus = ConnectorStatusEnum.read(p, ctx, "connectorStatus");
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            hasEvseId = true;
            break;
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            hasConnectorId = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (timestamp == null) {
        throw Codecs.missing("timestamp");
      }
      if (connectorStatus == null) {
        throw Codecs.missing("connectorStatus");
      }
      if (!hasEvseId) {
        throw Codecs.missing("evseId");
      }
      if (!hasConnectorId) {
        throw Codecs.missing("connectorId");
      }
      return new StatusNotificationRequest(
          customData, timestamp, connectorStatus, evseId, connectorId);
    }

    @Override
    public void write(JsonGenerator g, StatusNotificationRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_TIMESTAMP);
      Codecs.writeInstant(g, value.timestamp());
      g.writeFieldName(NAME_CONNECTOR_STATUS);
      g.writeString(value.connectorStatus().wireValue());
      g.writeFieldName(NAME_EVSE_ID);
      g.writeNumber(value.evseId());
      g.writeFieldName(NAME_CONNECTOR_ID);
      g.writeNumber(value.connectorId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(StatusNotificationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
