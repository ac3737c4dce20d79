// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

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
 * The {@code StatusNotification} request of OCPP 1.6, answered by {@link
 * StatusNotificationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param connectorId required
 * @param errorCode required
 * @param info optional, null when absent; at most 50 characters
 * @param status required
 * @param timestamp optional, null when absent; written as UTC with at most millisecond
 *     precision
 * @param vendorId optional, null when absent; at most 255 characters
 * @param vendorErrorCode optional, null when absent; at most 50 characters
 */
public record StatusNotificationRequest(
    int connectorId,
    ChargePointErrorCode errorCode,
    String info,
    ChargePointStatus status,
    Instant timestamp,
    String vendorId,
    String vendorErrorCode)
    implements OcppRequest<StatusNotificationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<StatusNotificationRequest> CODEC = new Codec();

  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");
  private static final SerializedString NAME_ERROR_CODE = new SerializedString("errorCode");
  private static final SerializedString NAME_INFO = new SerializedString("info");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_TIMESTAMP = new SerializedString("timestamp");
  private static final SerializedString NAME_VENDOR_ID = new SerializedString("vendorId");
  private static final SerializedString NAME_VENDOR_ERROR_CODE =
      new SerializedString("vendorErrorCode");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public StatusNotificationRequest {
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(status, "status");
  }

  /** The {@code StatusNotification} action. */
  @Override
  public ActionType<StatusNotificationRequest, StatusNotificationResponse> actionType() {
    return V16Actions.STATUS_NOTIFICATION;
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
    private Integer connectorId;
    private ChargePointErrorCode errorCode;
    private String info;
    private ChargePointStatus status;
    private Instant timestamp;
    private String vendorId;
    private String vendorErrorCode;

    private Builder() {}

    /** Sets {@code connectorId} (required). */
    public Builder connectorId(int connectorId) {
      this.connectorId = connectorId;
      return this;
    }

    /** Sets {@code errorCode} (required). */
    public Builder errorCode(ChargePointErrorCode errorCode) {
      this.errorCode = errorCode;
      return this;
    }

    /** Sets {@code info} (optional). */
    public Builder info(String info) {
      this.info = info;
      return this;
    }

    /** Sets {@code status} (required). */
    public Builder status(ChargePointStatus status) {
      this.status = status;
      return this;
    }

    /** Sets {@code timestamp} (optional). */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /** Sets {@code vendorId} (optional). */
    public Builder vendorId(String vendorId) {
      this.vendorId = vendorId;
      return this;
    }

    /** Sets {@code vendorErrorCode} (optional). */
    public Builder vendorErrorCode(String vendorErrorCode) {
      this.vendorErrorCode = vendorErrorCode;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public StatusNotificationRequest build() {
      if (connectorId == null) {
        throw new IllegalStateException(
            "StatusNotificationRequest.connectorId is required but was not set");
      }
      if (errorCode == null) {
        throw new IllegalStateException(
            "StatusNotificationRequest.errorCode is required but was not set");
      }
      if (status == null) {
        throw new IllegalStateException(
            "StatusNotificationRequest.status is required but was not set");
      }
      StatusNotificationRequest built =
          new StatusNotificationRequest(
              connectorId, errorCode, info, status, timestamp, vendorId, vendorErrorCode);
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
      int connectorId = 0;
      boolean hasConnectorId = false;
      ChargePointErrorCode errorCode = null;
      String info = null;
      ChargePointStatus status = null;
      Instant timestamp = null;
      String vendorId = null;
      String vendorErrorCode = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            hasConnectorId = true;
            break;
          case "errorCode":
            errorCode = ChargePointErrorCode.read(p, ctx, "errorCode");
            break;
          case "info":
            info = Codecs.readString(p, "info", 50);
            break;
          case "status":
            status = ChargePointStatus.read(p, ctx, "status");
            break;
          case "timestamp":
            timestamp = Codecs.readInstant(p, ctx, "timestamp");
            break;
          case "vendorId":
            vendorId = Codecs.readString(p, "vendorId", 255);
            break;
          case "vendorErrorCode":
            vendorErrorCode = Codecs.readString(p, "vendorErrorCode", 50);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasConnectorId) {
        throw Codecs.missing("connectorId");
      }
      if (errorCode == null) {
        throw Codecs.missing("errorCode");
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new StatusNotificationRequest(
          connectorId, errorCode, info, status, timestamp, vendorId, vendorErrorCode);
    }

    @Override
    public void write(JsonGenerator g, StatusNotificationRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CONNECTOR_ID);
      g.writeNumber(value.connectorId());
      g.writeFieldName(NAME_ERROR_CODE);
      g.writeString(value.errorCode().wireValue());
      if (value.info() != null) {
        g.writeFieldName(NAME_INFO);
        g.writeString(value.info());
      }
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      if (value.timestamp() != null) {
        g.writeFieldName(NAME_TIMESTAMP);
        Codecs.writeInstant(g, value.timestamp());
      }
      if (value.vendorId() != null) {
        g.writeFieldName(NAME_VENDOR_ID);
        g.writeString(value.vendorId());
      }
      if (value.vendorErrorCode() != null) {
        g.writeFieldName(NAME_VENDOR_ERROR_CODE);
        g.writeString(value.vendorErrorCode());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(StatusNotificationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "info", value.info(), 50);
      Codecs.checkLength(out, "vendorId", value.vendorId(), 255);
      Codecs.checkLength(out, "vendorErrorCode", value.vendorErrorCode(), 50);
      return out;
    }
  }
}
