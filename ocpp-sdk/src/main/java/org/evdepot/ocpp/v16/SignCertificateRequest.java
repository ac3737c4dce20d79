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
 * The {@code SignCertificate} request of OCPP 1.6, answered by {@link SignCertificateResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param csr required; at most 5500 characters
 */
public record SignCertificateRequest(
    String csr)
    implements OcppRequest<SignCertificateResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SignCertificateRequest> CODEC = new Codec();

  private static final SerializedString NAME_CSR = new SerializedString("csr");

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
    return V16Actions.SIGN_CERTIFICATE;
  }

  private static final class Codec implements MessageCodec<SignCertificateRequest> {
    @Override
    public SignCertificateRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String csr = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "csr":
            csr = Codecs.readString(p, "csr", 5500);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (csr == null) {
        throw Codecs.missing("csr");
      }
      return new SignCertificateRequest(csr);
    }

    @Override
    public void write(JsonGenerator g, SignCertificateRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CSR);
      g.writeString(value.csr());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SignCertificateRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "csr", value.csr(), 5500);
      return out;
    }
  }
}
