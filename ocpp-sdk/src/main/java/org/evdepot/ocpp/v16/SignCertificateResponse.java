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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code SignCertificate} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param status required
 */
public record SignCertificateResponse(
    GenericStatusEnum status)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SignCertificateResponse> CODEC = new Codec();

  private static final SerializedString NAME_STATUS = new SerializedString("status");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SignCertificateResponse {
    Objects.requireNonNull(status, "status");
  }

  private static final class Codec implements MessageCodec<SignCertificateResponse> {
    @Override
    public SignCertificateResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      GenericStatusEnum status = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "status":
            status = GenericStatusEnum.read(p, ctx, "status");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new SignCertificateResponse(status);
    }

    @Override
    public void write(JsonGenerator g, SignCertificateResponse value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SignCertificateResponse value) {
      return List.of();
    }
  }
}
