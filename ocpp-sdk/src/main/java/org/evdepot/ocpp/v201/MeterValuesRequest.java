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
 * The {@code MeterValues} request of OCPP 2.0.1, answered by {@link MeterValuesResponse}.
 *
 * <p>Request_ Body
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param evseId required. This contains a number (&gt;0) designating an EVSE of the Charging
 *     Station. ‘0’ (zero) is used to designate the main power meter.
 * @param meterValue required; at least 1 item
 */
public record MeterValuesRequest(
    CustomData customData,
    int evseId,
    List<MeterValue> meterValue)
    implements OcppRequest<MeterValuesResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<MeterValuesRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");
  private static final SerializedString NAME_METER_VALUE = new SerializedString("meterValue");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public MeterValuesRequest {
    Objects.requireNonNull(meterValue, "meterValue");
    meterValue = List.copyOf(meterValue);
  }

  /** The {@code MeterValues} action. */
  @Override
  public ActionType<MeterValuesRequest, MeterValuesResponse> actionType() {
    return V201Actions.METER_VALUES;
  }

  private static final class Codec implements MessageCodec<MeterValuesRequest> {
    private static final ElementReader<MeterValue> ITEM_METER_VALUE =
        (p, ctx) -> Codecs.readObject(p, ctx, "", MeterValue.CODEC);

    @Override
    public MeterValuesRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int evseId = 0;
      boolean hasEvseId = false;
      List<MeterValue> meterValue = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            hasEvseId = true;
            break;
          case "meterValue":
            meterValue = Codecs.readList(p, ctx, "meterValue", 1, -1, ITEM_METER_VALUE);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasEvseId) {
        throw Codecs.missing("evseId");
      }
      if (meterValue == null) {
        throw Codecs.missing("meterValue");
      }
      return new MeterValuesRequest(customData, evseId, meterValue);
    }

    @Override
    public void write(JsonGenerator g, MeterValuesRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_EVSE_ID);
      g.writeNumber(value.evseId());
      g.writeFieldName(NAME_METER_VALUE);
      g.writeStartArray();
      for (MeterValue item : value.meterValue()) {
        MeterValue.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(MeterValuesRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "meterValue", value.meterValue(), 1, -1);
      Codecs.checkNestedList(out, "meterValue", MeterValue.CODEC, value.meterValue());
      return out;
    }
  }
}
