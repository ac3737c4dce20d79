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
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * Element providing more information about the status.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param reasonCode required; at most 20 characters. A predefined code for the reason why the
 *     status is returned in this response. The string is case-insensitive.
 * @param additionalInfo optional, null when absent; at most 512 characters. Additional text to
 *     provide detailed information.
 */
public record StatusInfo(
    CustomData customData,
    String reasonCode,
    String additionalInfo) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<StatusInfo> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_REASON_CODE = new SerializedString("reasonCode");
  private static final SerializedString NAME_ADDITIONAL_INFO =
      new SerializedString("additionalInfo");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public StatusInfo {
    Objects.requireNonNull(reasonCode, "reasonCode");
  }

  private static final class Codec implements MessageCodec<StatusInfo> {
    @Override
    public StatusInfo read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String reasonCode = null;
      String additionalInfo = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "reasonCode":
            reasonCode = Codecs.readString(p, "reasonCode", 20);
            break;
          case "additionalInfo":
            additionalInfo = Codecs.readString(p, "additionalInfo", 512);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (reasonCode == null) {
        throw Codecs.missing("reasonCode");
      }
      return new StatusInfo(customData, reasonCode, additionalInfo);
    }

    @Override
    public void write(JsonGenerator g, StatusInfo value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_REASON_CODE);
      g.writeString(value.reasonCode());
      if (value.additionalInfo() != null) {
        g.writeFieldName(NAME_ADDITIONAL_INFO);
        g.writeString(value.additionalInfo());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(StatusInfo value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "reasonCode", value.reasonCode(), 20);
      Codecs.checkLength(out, "additionalInfo", value.additionalInfo(), 512);
      return out;
    }
  }
}
