// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code NotifyChargingLimit} request of OCPP 2.0.1, answered by {@link
 * NotifyChargingLimitResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param chargingSchedule optional, null when absent; at least 1 item
 * @param evseId optional, null when absent. The charging schedule contained in this
 *     notification applies to an EVSE. evseId must be &gt; 0.
 * @param chargingLimit required. Charging_ Limit
 */
public record NotifyChargingLimitRequest(
    CustomData customData,
    List<ChargingSchedule> chargingSchedule,
    Integer evseId,
    ChargingLimit chargingLimit)
    implements OcppRequest<NotifyChargingLimitResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<NotifyChargingLimitRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CHARGING_SCHEDULE =
      new SerializedString("chargingSchedule");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");
  private static final SerializedString NAME_CHARGING_LIMIT = new SerializedString("chargingLimit");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public NotifyChargingLimitRequest {
    chargingSchedule = chargingSchedule == null ? null : List.copyOf(chargingSchedule);
    Objects.requireNonNull(chargingLimit, "chargingLimit");
  }

  /** The {@code NotifyChargingLimit} action. */
  @Override
  public ActionType<NotifyChargingLimitRequest, NotifyChargingLimitResponse> actionType() {
    return V201Actions.NOTIFY_CHARGING_LIMIT;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotifyChargingLimitRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private List<ChargingSchedule> chargingSchedule;
    private Integer evseId;
    private ChargingLimit chargingLimit;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code chargingSchedule} (optional). */
    public Builder chargingSchedule(List<ChargingSchedule> chargingSchedule) {
      this.chargingSchedule = chargingSchedule;
      return this;
    }

    /** Sets {@code evseId} (optional). */
    public Builder evseId(Integer evseId) {
      this.evseId = evseId;
      return this;
    }

    /** Sets {@code chargingLimit} (required). */
    public Builder chargingLimit(ChargingLimit chargingLimit) {
      this.chargingLimit = chargingLimit;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public NotifyChargingLimitRequest build() {
      if (chargingLimit == null) {
        throw new IllegalStateException(
            "NotifyChargingLimitRequest.chargingLimit is required but was not set");
      }
      NotifyChargingLimitRequest built =
          new NotifyChargingLimitRequest(customData, chargingSchedule, evseId, chargingLimit);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid NotifyChargingLimitRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<NotifyChargingLimitRequest> {
    private static final ElementReader<ChargingSchedule> ITEM_CHARGING_SCHEDULE =
        (p, ctx) -> Codecs.readObject(p, ctx, "", ChargingSchedule.CODEC);

    @Override
    public NotifyChargingLimitRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<ChargingSchedule> chargingSchedule = null;
      Integer evseId = null;
      ChargingLimit chargingLimit = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "chargingSchedule":
            chargingSchedule =
                Codecs.readList(p, ctx, "chargingSchedule", 1, -1, ITEM_CHARGING_SCHEDULE);
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            break;
          case "chargingLimit":
            chargingLimit = Codecs.readObject(p, ctx, "chargingLimit", ChargingLimit.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (chargingLimit == null) {
        throw Codecs.missing("chargingLimit");
      }
      return new NotifyChargingLimitRequest(customData, chargingSchedule, evseId, chargingLimit);
    }

    @Override
    public void write(JsonGenerator g, NotifyChargingLimitRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.chargingSchedule() != null) {
        g.writeFieldName(NAME_CHARGING_SCHEDULE);
        g.writeStartArray();
        for (ChargingSchedule item : value.chargingSchedule()) {
          ChargingSchedule.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      if (value.evseId() != null) {
        g.writeFieldName(NAME_EVSE_ID);
        g.writeNumber(value.evseId());
      }
      g.writeFieldName(NAME_CHARGING_LIMIT);
      ChargingLimit.CODEC.write(g, value.chargingLimit());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(NotifyChargingLimitRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "chargingSchedule", value.chargingSchedule(), 1, -1);
      Codecs.checkNestedList(
          out, "chargingSchedule", ChargingSchedule.CODEC, value.chargingSchedule());
      Codecs.checkNested(out, "chargingLimit", ChargingLimit.CODEC, value.chargingLimit());
      return out;
    }
  }
}
