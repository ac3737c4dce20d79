// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

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
 * The {@code MeterValues} request of OCPP 1.6, answered by {@link MeterValuesResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param connectorId required
 * @param transactionId optional, null when absent
 * @param meterValue required; at least 1 item
 */
public record MeterValuesRequest(
    int connectorId,
    Integer transactionId,
    List<MeterValue> meterValue)
    implements OcppRequest<MeterValuesResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<MeterValuesRequest> CODEC = new Codec();

  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");
  private static final SerializedString NAME_TRANSACTION_ID = new SerializedString("transactionId");
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
    return V16Actions.METER_VALUES;
  }

  private static final class Codec implements MessageCodec<MeterValuesRequest> {
    private static final ElementReader<MeterValue> ITEM_METER_VALUE =
        (p, ctx) -> Codecs.readObject(p, ctx, "", MeterValue.CODEC);

    @Override
    public MeterValuesRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int connectorId = 0;
      boolean hasConnectorId = false;
      Integer transactionId = null;
      List<MeterValue> meterValue = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            hasConnectorId = true;
            break;
          case "transactionId":
            transactionId = Codecs.readInt(p, "transactionId");
            break;
          case "meterValue":
            meterValue = Codecs.readList(p, ctx, "meterValue", 1, -1, ITEM_METER_VALUE);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasConnectorId) {
        throw Codecs.missing("connectorId");
      }
      if (meterValue == null) {
        throw Codecs.missing("meterValue");
      }
      return new MeterValuesRequest(connectorId, transactionId, meterValue);
    }

    @Override
    public void write(JsonGenerator g, MeterValuesRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CONNECTOR_ID);
      g.writeNumber(value.connectorId());
      if (value.transactionId() != null) {
        g.writeFieldName(NAME_TRANSACTION_ID);
        g.writeNumber(value.transactionId());
      }
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
      Codecs.checkItems(out, "meterValue", value.meterValue(), 1, -1);
      Codecs.checkNestedList(out, "meterValue", MeterValue.CODEC, value.meterValue());
      return out;
    }
  }
}
