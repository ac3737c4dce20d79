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
 * Contains the identifier to use for authorization.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param idToken required. Contains a case insensitive identifier to use for the authorization
 *     and the type of authorization to support multiple forms of identifiers.
 * @param idTokenInfo optional, null when absent. Contains status information about an
 *     identifier. It is advised to not stop charging for a token that expires during charging, as
 *     ExpiryDate is only used for caching purposes. If ExpiryDate is not given, the status has no
 *     end date.
 */
public record AuthorizationData(
    CustomData customData,
    IdToken idToken,
    IdTokenInfo idTokenInfo) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<AuthorizationData> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID_TOKEN = new SerializedString("idToken");
  private static final SerializedString NAME_ID_TOKEN_INFO = new SerializedString("idTokenInfo");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public AuthorizationData {
    Objects.requireNonNull(idToken, "idToken");
  }

  private static final class Codec implements MessageCodec<AuthorizationData> {
    @Override
    public AuthorizationData read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      IdToken idToken = null;
      IdTokenInfo idTokenInfo = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "idToken":
            idToken = Codecs.readObject(p, ctx, "idToken", IdToken.CODEC);
            break;
          case "idTokenInfo":
            idTokenInfo = Codecs.readObject(p, ctx, "idTokenInfo", IdTokenInfo.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (idToken == null) {
        throw Codecs.missing("idToken");
      }
      return new AuthorizationData(customData, idToken, idTokenInfo);
    }

    @Override
    public void write(JsonGenerator g, AuthorizationData value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ID_TOKEN);
      IdToken.CODEC.write(g, value.idToken());
      if (value.idTokenInfo() != null) {
        g.writeFieldName(NAME_ID_TOKEN_INFO);
        IdTokenInfo.CODEC.write(g, value.idTokenInfo());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(AuthorizationData value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "idToken", IdToken.CODEC, value.idToken());
      Codecs.checkNested(out, "idTokenInfo", IdTokenInfo.CODEC, value.idTokenInfo());
      return out;
    }
  }
}
