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
 * The {@code SignCertificate} request of OCPP 2.0.1, answered by {@link SignCertificateResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param csr required; at most 5500 characters. The Charging Station SHALL send the public key
 *     in form of a Certificate Signing Request (CSR) as described in RFC 2986 [22] and then PEM
 *     encoded, using the SignCertificateRequest message.
 * @param certificateType optional, null when absent. Indicates the type of certificate that is
 *     to be signed. When omitted the certificate is to be used for both the 15118 connection (if
 *     implemented) and the Charging Station to CSMS connection.
 */
public record SignCertificateRequest(
    CustomData customData,
    String csr,
    CertificateSigningUseEnum certificateType)
    implements OcppRequest<SignCertificateResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SignCertificateRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CSR = new SerializedString("csr");
  private static final SerializedString NAME_CERTIFICATE_TYPE =
      new SerializedString("certificateType");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SignCertificateRequest {
    Objects.requireNonNull(csr, "csr");
  }

  /** The {@code SignCertificate} action. */
  @Override
  public ActionType<SignCertificateRequest, SignCertificateResponse> actionType() {
    return V201Actions.SIGN_CERTIFICATE;
  }

  private static final class Codec implements MessageCodec<SignCertificateRequest> {
    @Override
    public SignCertificateRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String csr = null;
      CertificateSigningUseEnum certificateType = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "csr":
            csr = Codecs.readString(p, "csr", 5500);
            break;
          case "certificateType":
            certificateType = CertificateSigningUseEnum.read(p, ctx, "certificateType");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (csr == null) {
        throw Codecs.missing("csr");
      }
      return new SignCertificateRequest(customData, csr, certificateType);
    }

    @Override
    public void write(JsonGenerator g, SignCertificateRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CSR);
      g.writeString(value.csr());
      if (value.certificateType() != null) {
        g.writeFieldName(NAME_CERTIFICATE_TYPE);
        g.writeString(value.certificateType().wireValue());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SignCertificateRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "csr", value.csr(), 5500);
      return out;
    }
  }
}
