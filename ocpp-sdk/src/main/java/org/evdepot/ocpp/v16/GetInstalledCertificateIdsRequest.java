// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code GetInstalledCertificateIds} request of OCPP 1.6, answered by {@link
 * GetInstalledCertificateIdsResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param certificateType required
 */
public record GetInstalledCertificateIdsRequest(
    CertificateUseEnum certificateType)
    implements OcppRequest<GetInstalledCertificateIdsResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetInstalledCertificateIdsRequest> CODEC = new Codec();

  private static final SerializedString NAME_CERTIFICATE_TYPE =
      new SerializedString("certificateType");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetInstalledCertificateIdsRequest {
    Objects.requireNonNull(certificateType, "certificateType");
  }

  /** The {@code GetInstalledCertificateIds} action. */
  @Override
  public ActionType<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse>
      actionType() {
    return V16Actions.GET_INSTALLED_CERTIFICATE_IDS;
  }

  private static final class Codec implements MessageCodec<GetInstalledCertificateIdsRequest> {
    @Override
    public GetInstalledCertificateIdsRequest read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      CertificateUseEnum certificateType = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "certificateType":
            certificateType = CertificateUseEnum.read(p, ctx, "certificateType");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (certificateType == null) {
        throw Codecs.missing("certificateType");
      }
      return new GetInstalledCertificateIdsRequest(certificateType);
    }

    @Override
    public void write(JsonGenerator g, GetInstalledCertificateIdsRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CERTIFICATE_TYPE);
      g.writeString(value.certificateType().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetInstalledCertificateIdsRequest value) {
      return List.of();
    }
  }
}
