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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code Authorize} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param idTokenInfo required. Contains status information about an identifier. It is advised
 *     to not stop charging for a token that expires during charging, as ExpiryDate is only used for
 *     caching purposes. If ExpiryDate is not given, the status has no end date.
 * @param certificateStatus optional, null when absent. Certificate status information. - if all
 *     certificates are valid: return 'Accepted'. - if one of the certificates was revoked, return
 *     'CertificateRevoked'.
 */
public record AuthorizeResponse(
    CustomData customData,
    IdTokenInfo idTokenInfo,
    AuthorizeCertificateStatusEnum certificateStatus)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<AuthorizeResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID_TOKEN_INFO = new SerializedString("idTokenInfo");
  private static final SerializedString NAME_CERTIFICATE_STATUS =
      new SerializedString("certificateStatus");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public AuthorizeResponse {
    Objects.requireNonNull(idTokenInfo, "idTokenInfo");
  }

  private static final class Codec implements MessageCodec<AuthorizeResponse> {
    @Override
    public AuthorizeResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      IdTokenInfo idTokenInfo = null;
      AuthorizeCertificateStatusEnum certificateStatus = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "idTokenInfo":
            idTokenInfo = Codecs.readObject(p, ctx, "idTokenInfo", IdTokenInfo.CODEC);
            break;
          case "certificateStatus":
            certificateStatus = AuthorizeCertificateStatusEnum.read(p, ctx, "certificateStatus");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (idTokenInfo == null) {
        throw Codecs.missing("idTokenInfo");
      }
      return new AuthorizeResponse(customData, idTokenInfo, certificateStatus);
    }

    @Override
    public void write(JsonGenerator g, AuthorizeResponse value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ID_TOKEN_INFO);
      IdTokenInfo.CODEC.write(g, value.idTokenInfo());
      if (value.certificateStatus() != null) {
        g.writeFieldName(NAME_CERTIFICATE_STATUS);
        g.writeString(value.certificateStatus().wireValue());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(AuthorizeResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "idTokenInfo", IdTokenInfo.CODEC, value.idTokenInfo());
      return out;
    }
  }
}
