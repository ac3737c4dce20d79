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
 * The {@code DeleteCertificate} request of OCPP 2.0.1, answered by {@link
 * DeleteCertificateResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param certificateHashData required
 */
public record DeleteCertificateRequest(
    CustomData customData,
    CertificateHashData certificateHashData)
    implements OcppRequest<DeleteCertificateResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<DeleteCertificateRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CERTIFICATE_HASH_DATA =
      new SerializedString("certificateHashData");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public DeleteCertificateRequest {
    Objects.requireNonNull(certificateHashData, "certificateHashData");
  }

  /** The {@code DeleteCertificate} action. */
  @Override
  public ActionType<DeleteCertificateRequest, DeleteCertificateResponse> actionType() {
    return V201Actions.DELETE_CERTIFICATE;
  }

  private static final class Codec implements MessageCodec<DeleteCertificateRequest> {
    @Override
    public DeleteCertificateRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      CertificateHashData certificateHashData = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "certificateHashData":
            certificateHashData =
                Codecs.readObject(p, ctx, "certificateHashData", CertificateHashData.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (certificateHashData == null) {
        throw Codecs.missing("certificateHashData");
      }
      return new DeleteCertificateRequest(customData, certificateHashData);
    }

    @Override
    public void write(JsonGenerator g, DeleteCertificateRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CERTIFICATE_HASH_DATA);
      CertificateHashData.CODEC.write(g, value.certificateHashData());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(DeleteCertificateRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(
          out, "certificateHashData", CertificateHashData.CODEC, value.certificateHashData());
      return out;
    }
  }
}
