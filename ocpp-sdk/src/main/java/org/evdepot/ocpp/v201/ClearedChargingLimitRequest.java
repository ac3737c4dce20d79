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
 * The {@code ClearedChargingLimit} request of OCPP 2.0.1, answered by {@link
 * ClearedChargingLimitResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param chargingLimitSource required. Source of the charging limit.
 * @param evseId optional, null when absent. EVSE Identifier.
 */
public record ClearedChargingLimitRequest(
    CustomData customData,
    ChargingLimitSourceEnum chargingLimitSource,
    Integer evseId)
    implements OcppRequest<ClearedChargingLimitResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ClearedChargingLimitRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CHARGING_LIMIT_SOURCE =
      new SerializedString("chargingLimitSource");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ClearedChargingLimitRequest {
    Objects.requireNonNull(chargingLimitSource, "chargingLimitSource");
  }

  /** The {@code ClearedChargingLimit} action. */
  @Override
  public ActionType<ClearedChargingLimitRequest, ClearedChargingLimitResponse> actionType() {
    return V201Actions.CLEARED_CHARGING_LIMIT;
  }

  private static final class Codec implements MessageCodec<ClearedChargingLimitRequest> {
    @Override
    public ClearedChargingLimitRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      ChargingLimitSourceEnum chargingLimitSource = null;
      Integer evseId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "chargingLimitSource":
            chargingLimitSource = ChargingLimitSourceEnum.read(p, ctx, "chargingLimitSource");
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (chargingLimitSource == null) {
        throw Codecs.missing("chargingLimitSource");
      }
      return new ClearedChargingLimitRequest(customData, chargingLimitSource, evseId);
    }

    @Override
    public void write(JsonGenerator g, ClearedChargingLimitRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CHARGING_LIMIT_SOURCE);
      g.writeString(value.chargingLimitSource().wireValue());
      if (value.evseId() != null) {
        g.writeFieldName(NAME_EVSE_ID);
        g.writeNumber(value.evseId());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ClearedChargingLimitRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
