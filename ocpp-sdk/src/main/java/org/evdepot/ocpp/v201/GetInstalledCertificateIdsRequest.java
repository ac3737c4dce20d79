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
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code GetInstalledCertificateIds} request of OCPP 2.0.1, answered by {@link
 * GetInstalledCertificateIdsResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param certificateType optional, null when absent; at least 1 item. Indicates the type of
 *     certificates requested. When omitted, all certificate types are requested.
 */
public record GetInstalledCertificateIdsRequest(
    CustomData customData,
    List<GetCertificateIdUseEnum> certificateType)
    implements OcppRequest<GetInstalledCertificateIdsResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetInstalledCertificateIdsRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CERTIFICATE_TYPE =
      new SerializedString("certificateType");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetInstalledCertificateIdsRequest {
    certificateType = certificateType == null ? null : List.copyOf(certificateType);
  }

  /** The {@code GetInstalledCertificateIds} action. */
  @Override
  public ActionType<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse>
      actionType() {
    return V201Actions.GET_INSTALLED_CERTIFICATE_IDS;
  }

  private static final class Codec implements MessageCodec<GetInstalledCertificateIdsRequest> {
    private static final ElementReader<GetCertificateIdUseEnum> ITEM_CERTIFICATE_TYPE =
        (p, ctx) -> GetCertificateIdUseEnum.read(p, ctx, "");

    @Override
    public GetInstalledCertificateIdsRequest read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<GetCertificateIdUseEnum> certificateType = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "certificateType":
            certificateType =
                Codecs.readList(p, ctx, "certificateType", 1, -1, ITEM_CERTIFICATE_TYPE);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new GetInstalledCertificateIdsRequest(customData, certificateType);
    }

    @Override
    public void write(JsonGenerator g, GetInstalledCertificateIdsRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.certificateType() != null) {
        g.writeFieldName(NAME_CERTIFICATE_TYPE);
        g.writeStartArray();
        for (GetCertificateIdUseEnum item : value.certificateType()) {
          g.writeString(item.wireValue());
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetInstalledCertificateIdsRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "certificateType", value.certificateType(), 1, -1);
      return out;
    }
  }
}
