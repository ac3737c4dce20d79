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
 * The {@code InstallCertificate} request of OCPP 2.0.1, answered by {@link
 * InstallCertificateResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param certificateType required. Indicates the certificate type that is sent.
 * @param certificate required; at most 5500 characters. A PEM encoded X.509 certificate.
 */
public record InstallCertificateRequest(
    CustomData customData,
    InstallCertificateUseEnum certificateType,
    String certificate)
    implements OcppRequest<InstallCertificateResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<InstallCertificateRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CERTIFICATE_TYPE =
      new SerializedString("certificateType");
  private static final SerializedString NAME_CERTIFICATE = new SerializedString("certificate");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public InstallCertificateRequest {
    Objects.requireNonNull(certificateType, "certificateType");
    Objects.requireNonNull(certificate, "certificate");
  }

  /** The {@code InstallCertificate} action. */
  @Override
  public ActionType<InstallCertificateRequest, InstallCertificateResponse> actionType() {
    return V201Actions.INSTALL_CERTIFICATE;
  }

  private static final class Codec implements MessageCodec<InstallCertificateRequest> {
    @Override
    public InstallCertificateRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      InstallCertificateUseEnum certificateType = null;
      String certificate = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "certificateType":
            certificateType = InstallCertificateUseEnum.read(p, ctx, "certificateType");
            break;
          case "certificate":
            certificate = Codecs.readString(p, "certificate", 5500);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (certificateType == null) {
        throw Codecs.missing("certificateType");
      }
      if (certificate == null) {
        throw Codecs.missing("certificate");
      }
      return new InstallCertificateRequest(customData, certificateType, certificate);
    }

    @Override
    public void write(JsonGenerator g, InstallCertificateRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CERTIFICATE_TYPE);
      g.writeString(value.certificateType().wireValue());
      g.writeFieldName(NAME_CERTIFICATE);
      g.writeString(value.certificate());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(InstallCertificateRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "certificate", value.certificate(), 5500);
      return out;
    }
  }
}
