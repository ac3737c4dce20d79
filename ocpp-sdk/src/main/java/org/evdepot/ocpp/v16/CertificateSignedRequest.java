// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

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
 * The {@code CertificateSigned} request of OCPP 1.6, answered by {@link CertificateSignedResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param certificateChain required; at most 10000 characters
 */
public record CertificateSignedRequest(
    String certificateChain)
    implements OcppRequest<CertificateSignedResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<CertificateSignedRequest> CODEC = new Codec();

  private static final SerializedString NAME_CERTIFICATE_CHAIN =
      new SerializedString("certificateChain");

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
    return V16Actions.CERTIFICATE_SIGNED;
  }

  private static final class Codec implements MessageCodec<CertificateSignedRequest> {
    @Override
    public CertificateSignedRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String certificateChain = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "certificateChain":
            certificateChain = Codecs.readString(p, "certificateChain", 10000);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (certificateChain == null) {
        throw Codecs.missing("certificateChain");
      }
      return new CertificateSignedRequest(certificateChain);
    }

    @Override
    public void write(JsonGenerator g, CertificateSignedRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CERTIFICATE_CHAIN);
      g.writeString(value.certificateChain());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(CertificateSignedRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "certificateChain", value.certificateChain(), 10000);
      return out;
    }
  }
}
