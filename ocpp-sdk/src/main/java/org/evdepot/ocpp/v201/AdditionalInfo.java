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
 * Contains a case insensitive identifier to use for the authorization and the type of authorization
 * to support multiple forms of identifiers.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param additionalIdToken required; at most 36 characters. This field specifies the additional
 *     IdToken.
 * @param type required; at most 50 characters. This defines the type of the additionalIdToken.
 *     This is a custom type, so the implementation needs to be agreed upon by all involved parties.
 */
public record AdditionalInfo(
    CustomData customData,
    String additionalIdToken,
    String type) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<AdditionalInfo> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ADDITIONAL_ID_TOKEN =
      new SerializedString("additionalIdToken");
  private static final SerializedString NAME_TYPE = new SerializedString("type");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public AdditionalInfo {
    Objects.requireNonNull(additionalIdToken, "additionalIdToken");
    Objects.requireNonNull(type, "type");
  }

  private static final class Codec implements MessageCodec<AdditionalInfo> {
    @Override
    public AdditionalInfo read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String additionalIdToken = null;
      String type = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "additionalIdToken":
            additionalIdToken = Codecs.readString(p, "additionalIdToken", 36);
            break;
          case "type":
            type = Codecs.readString(p, "type", 50);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (additionalIdToken == null) {
        throw Codecs.missing("additionalIdToken");
      }
      if (type == null) {
        throw Codecs.missing("type");
      }
      return new AdditionalInfo(customData, additionalIdToken, type);
    }

    @Override
    public void write(JsonGenerator g, AdditionalInfo value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ADDITIONAL_ID_TOKEN);
      g.writeString(value.additionalIdToken());
      g.writeFieldName(NAME_TYPE);
      g.writeString(value.type());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(AdditionalInfo value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "additionalIdToken", value.additionalIdToken(), 36);
      Codecs.checkLength(out, "type", value.type(), 50);
      return out;
    }
  }
}
