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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code GetCompositeSchedule} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param status required
 * @param connectorId optional, null when absent
 * @param scheduleStart optional, null when absent; written as UTC with at most millisecond
 *     precision
 * @param chargingSchedule optional, null when absent
 */
public record GetCompositeScheduleResponse(
    GetCompositeScheduleStatus status,
    Integer connectorId,
    Instant scheduleStart,
    ChargingSchedule chargingSchedule)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetCompositeScheduleResponse> CODEC = new Codec();

  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");
  private static final SerializedString NAME_SCHEDULE_START = new SerializedString("scheduleStart");
  private static final SerializedString NAME_CHARGING_SCHEDULE =
      new SerializedString("chargingSchedule");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetCompositeScheduleResponse {
    Objects.requireNonNull(status, "status");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetCompositeScheduleResponse}; not thread-safe. */
  public static final class Builder {
    private GetCompositeScheduleStatus status;
    private Integer connectorId;
    private Instant scheduleStart;
    private ChargingSchedule chargingSchedule;

    private Builder() {}

    /** Sets {@code status} (required). */
    public Builder status(GetCompositeScheduleStatus status) {
      this.status = status;
      return this;
    }

    /** Sets {@code connectorId} (optional). */
    public Builder connectorId(Integer connectorId) {
      this.connectorId = connectorId;
      return this;
    }

    /** Sets {@code scheduleStart} (optional). */
    public Builder scheduleStart(Instant scheduleStart) {
      this.scheduleStart = scheduleStart;
      return this;
    }

    /** Sets {@code chargingSchedule} (optional). */
    public Builder chargingSchedule(ChargingSchedule chargingSchedule) {
      this.chargingSchedule = chargingSchedule;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public GetCompositeScheduleResponse build() {
      if (status == null) {
        throw new IllegalStateException(
            "GetCompositeScheduleResponse.status is required but was not set");
      }
      GetCompositeScheduleResponse built =
          new GetCompositeScheduleResponse(status, connectorId, scheduleStart, chargingSchedule);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid GetCompositeScheduleResponse: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetCompositeScheduleResponse> {
    @Override
    public GetCompositeScheduleResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      GetCompositeScheduleStatus status = null;
      Integer connectorId = null;
      Instant scheduleStart = null;
      ChargingSchedule chargingSchedule = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "status":
            status = GetCompositeScheduleStatus.read(p, ctx, "status");
            break;
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            break;
          case "scheduleStart":
            scheduleStart = Codecs.readInstant(p, ctx, "scheduleStart");
            break;
          case "chargingSchedule":
            chargingSchedule =
                Codecs.readObject(p, ctx, "chargingSchedule", ChargingSchedule.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new GetCompositeScheduleResponse(status, connectorId, scheduleStart, chargingSchedule);
    }

    @Override
    public void write(JsonGenerator g, GetCompositeScheduleResponse value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      if (value.connectorId() != null) {
        g.writeFieldName(NAME_CONNECTOR_ID);
        g.writeNumber(value.connectorId());
      }
      if (value.scheduleStart() != null) {
        g.writeFieldName(NAME_SCHEDULE_START);
        Codecs.writeInstant(g, value.scheduleStart());
      }
      if (value.chargingSchedule() != null) {
        g.writeFieldName(NAME_CHARGING_SCHEDULE);
        ChargingSchedule.CODEC.write(g, value.chargingSchedule());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetCompositeScheduleResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "chargingSchedule", ChargingSchedule.CODEC, value.chargingSchedule());
      return out;
    }
  }
}
