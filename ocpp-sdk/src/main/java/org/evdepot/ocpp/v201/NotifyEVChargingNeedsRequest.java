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

/**
 * The {@code NotifyEVChargingNeeds} request of OCPP 2.0.1, answered by {@link
 * NotifyEVChargingNeedsResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param maxScheduleTuples optional, null when absent. Contains the maximum schedule tuples the
 *     car supports per schedule.
 * @param chargingNeeds required. Charging_ Needs
 * @param evseId required. Defines the EVSE and connector to which the EV is connected. EvseId
 *     may not be 0.
 */
public record NotifyEVChargingNeedsRequest(
    CustomData customData,
    Integer maxScheduleTuples,
    ChargingNeeds chargingNeeds,
    int evseId)
    implements OcppRequest<NotifyEVChargingNeedsResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<NotifyEVChargingNeedsRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_MAX_SCHEDULE_TUPLES =
      new SerializedString("maxScheduleTuples");
  private static final SerializedString NAME_CHARGING_NEEDS = new SerializedString("chargingNeeds");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public NotifyEVChargingNeedsRequest {
    Objects.requireNonNull(chargingNeeds, "chargingNeeds");
  }

  /** The {@code NotifyEVChargingNeeds} action. */
  @Override
  public ActionType<NotifyEVChargingNeedsRequest, NotifyEVChargingNeedsResponse> actionType() {
    return V201Actions.NOTIFY_EV_CHARGING_NEEDS;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotifyEVChargingNeedsRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer maxScheduleTuples;
    private ChargingNeeds chargingNeeds;
    private Integer evseId;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code maxScheduleTuples} (optional). */
    public Builder maxScheduleTuples(Integer maxScheduleTuples) {
      this.maxScheduleTuples = maxScheduleTuples;
      return this;
    }

    /** Sets {@code chargingNeeds} (required). */
    public Builder chargingNeeds(ChargingNeeds chargingNeeds) {
      this.chargingNeeds = chargingNeeds;
      return this;
    }

    /** Sets {@code evseId} (required). */
    public Builder evseId(int evseId) {
      this.evseId = evseId;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public NotifyEVChargingNeedsRequest build() {
      if (chargingNeeds == null) {
        throw new IllegalStateException(
            "NotifyEVChargingNeedsRequest.chargingNeeds is required but was not set");
      }
      if (evseId == null) {
        throw new IllegalStateException(
            "NotifyEVChargingNeedsRequest.evseId is required but was not set");
      }
      NotifyEVChargingNeedsRequest built =
          new NotifyEVChargingNeedsRequest(customData, maxScheduleTuples, chargingNeeds, evseId);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid NotifyEVChargingNeedsRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<NotifyEVChargingNeedsRequest> {
    @Override
    public NotifyEVChargingNeedsRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Integer maxScheduleTuples = null;
      ChargingNeeds chargingNeeds = null;
      int evseId = 0;
      boolean hasEvseId = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "maxScheduleTuples":
            maxScheduleTuples = Codecs.readInt(p, "maxScheduleTuples");
            break;
          case "chargingNeeds":
            chargingNeeds = Codecs.readObject(p, ctx, "chargingNeeds", ChargingNeeds.CODEC);
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            hasEvseId = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (chargingNeeds == null) {
        throw Codecs.missing("chargingNeeds");
      }
      if (!hasEvseId) {
        throw Codecs.missing("evseId");
      }
      return new NotifyEVChargingNeedsRequest(customData, maxScheduleTuples, chargingNeeds, evseId);
    }

    @Override
    public void write(JsonGenerator g, NotifyEVChargingNeedsRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.maxScheduleTuples() != null) {
        g.writeFieldName(NAME_MAX_SCHEDULE_TUPLES);
        g.writeNumber(value.maxScheduleTuples());
      }
      g.writeFieldName(NAME_CHARGING_NEEDS);
      ChargingNeeds.CODEC.write(g, value.chargingNeeds());
      g.writeFieldName(NAME_EVSE_ID);
      g.writeNumber(value.evseId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(NotifyEVChargingNeedsRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "chargingNeeds", ChargingNeeds.CODEC, value.chargingNeeds());
      return out;
    }
  }
}
