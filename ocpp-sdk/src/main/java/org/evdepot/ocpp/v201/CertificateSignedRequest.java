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
 * The {@code CertificateSigned} request of OCPP 2.0.1, answered by {@link
 * CertificateSignedResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param certificateChain required; at most 10000 characters. The signed PEM encoded X.509
 *     certificate. This can also contain the necessary sub CA certificates. In that case, the order
 *     of the bundle should follow the certificate chain, starting from the leaf certificate. The
 *     Configuration Variable MaxCertificateChainSize can be used to limit the maximum size of this
 *     field.
 * @param certificateType optional, null when absent. Indicates the type of the signed
 *     certificate that is returned. When omitted the certificate is used for both the 15118
 *     connection (if implemented) and the Charging Station to CSMS connection. This field is
 *     required when a typeOfCertificate was included in the SignCertificateRequest that requested
 *     this certificate to be signed AND both the 15118 connection and the Charging Station
 *     connection are implemented.
 */
public record CertificateSignedRequest(
    CustomData customData,
    String certificateChain,
    CertificateSigningUseEnum certificateType)
    implements OcppRequest<CertificateSignedResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<CertificateSignedRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CERTIFICATE_CHAIN =
      new SerializedString("certificateChain");
  private static final SerializedString NAME_CERTIFICATE_TYPE =
      new SerializedString("certificateType");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public CertificateSignedRequest {
    Objects.requireNonNull(certificateChain, "certificateChain");
  }

  /** The {@code CertificateSigned} action. */
  @Override
  public ActionType<CertificateSignedRequest, CertificateSignedResponse> actionType() {
    return V201Actions.CERTIFICATE_SIGNED;
  }

  private static final class Codec implements MessageCodec<CertificateSignedRequest> {
    @Override
    public CertificateSignedRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String certificateChain = null;
      CertificateSigningUseEnum certificateType = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "certificateChain":
            certificateChain = Codecs.readString(p, "certificateChain", 10000);
            break;
          case "certificateType":
            certificateType = CertificateSigningUseEnum.read(p, ctx, "certificateType");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (certificateChain == null) {
        throw Codecs.missing("certificateChain");
      }
      return new CertificateSignedRequest(customData, certificateChain, certificateType);
    }

    @Override
    public void write(JsonGenerator g, CertificateSignedRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CERTIFICATE_CHAIN);
      g.writeString(value.certificateChain());
      if (value.certificateType() != null) {
        g.writeFieldName(NAME_CERTIFICATE_TYPE);
        g.writeString(value.certificateType().wireValue());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(CertificateSignedRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "certificateChain", value.certificateChain(), 10000);
      return out;
    }
  }
}
