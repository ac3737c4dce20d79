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
 * Defines parameters required for initiating and maintaining wireless communication with other
 * devices.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param iccid optional, null when absent; at most 20 characters. This contains the ICCID of
 *     the modem’s SIM card.
 * @param imsi optional, null when absent; at most 20 characters. This contains the IMSI of the
 *     modem’s SIM card.
 */
public record Modem(
    CustomData customData,
    String iccid,
    String imsi) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<Modem> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ICCID = new SerializedString("iccid");
  private static final SerializedString NAME_IMSI = new SerializedString("imsi");

  private static final class Codec implements MessageCodec<Modem> {
    @Override
    public Modem read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String iccid = null;
      String imsi = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "iccid":
            iccid = Codecs.readString(p, "iccid", 20);
            break;
          case "imsi":
            imsi = Codecs.readString(p, "imsi", 20);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new Modem(customData, iccid, imsi);
    }

    @Override
    public void write(JsonGenerator g, Modem value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.iccid() != null) {
        g.writeFieldName(NAME_ICCID);
        g.writeString(value.iccid());
      }
      if (value.imsi() != null) {
        g.writeFieldName(NAME_IMSI);
        g.writeString(value.imsi());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(Modem value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "iccid", value.iccid(), 20);
      Codecs.checkLength(out, "imsi", value.imsi(), 20);
      return out;
    }
  }
}
