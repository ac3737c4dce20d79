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
 * The {@code GetCertificateStatus} request of OCPP 2.0.1, answered by {@link
 * GetCertificateStatusResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param ocspRequestData required
 */
public record GetCertificateStatusRequest(
    CustomData customData,
    OCSPRequestData ocspRequestData)
    implements OcppRequest<GetCertificateStatusResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetCertificateStatusRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_OCSP_REQUEST_DATA =
      new SerializedString("ocspRequestData");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetCertificateStatusRequest {
    Objects.requireNonNull(ocspRequestData, "ocspRequestData");
  }

  /** The {@code GetCertificateStatus} action. */
  @Override
  public ActionType<GetCertificateStatusRequest, GetCertificateStatusResponse> actionType() {
    return V201Actions.GET_CERTIFICATE_STATUS;
  }

  private static final class Codec implements MessageCodec<GetCertificateStatusRequest> {
    @Override
    public GetCertificateStatusRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      OCSPRequestData ocspRequestData = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "ocspRequestData":
            ocspRequestData = Codecs.readObject(p, ctx, "ocspRequestData", OCSPRequestData.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (ocspRequestData == null) {
        throw Codecs.missing("ocspRequestData");
      }
      return new GetCertificateStatusRequest(customData, ocspRequestData);
    }

    @Override
    public void write(JsonGenerator g, GetCertificateStatusRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_OCSP_REQUEST_DATA);
      OCSPRequestData.CODEC.write(g, value.ocspRequestData());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetCertificateStatusRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "ocspRequestData", OCSPRequestData.CODEC, value.ocspRequestData());
      return out;
    }
  }
}
