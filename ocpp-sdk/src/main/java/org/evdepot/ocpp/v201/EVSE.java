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
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * EVSE Electric Vehicle Supply Equipment
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param id required. EVSE Identifier. This contains a number (&gt; 0) designating an EVSE of
 *     the Charging Station.
 * @param connectorId optional, null when absent. An id to designate a specific connector (on an
 *     EVSE) by connector index number.
 */
public record EVSE(
    CustomData customData,
    int id,
    Integer connectorId) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<EVSE> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID = new SerializedString("id");
  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");

  private static final class Codec implements MessageCodec<EVSE> {
    @Override
    public EVSE read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int id = 0;
      boolean hasId = false;
      Integer connectorId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "id":
            id = Codecs.readInt(p, "id");
            hasId = true;
            break;
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasId) {
        throw Codecs.missing("id");
      }
      return new EVSE(customData, id, connectorId);
    }

    @Override
    public void write(JsonGenerator g, EVSE value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ID);
      g.writeNumber(value.id());
      if (value.connectorId() != null) {
        g.writeFieldName(NAME_CONNECTOR_ID);
        g.writeNumber(value.connectorId());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(EVSE value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
