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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code GetInstalledCertificateIds} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param certificateHashData optional, null when absent; at least 1 item
 * @param status required
 */
public record GetInstalledCertificateIdsResponse(
    List<CertificateHashData> certificateHashData,
    GetInstalledCertificateStatusEnum status)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetInstalledCertificateIdsResponse> CODEC = new Codec();

  private static final SerializedString NAME_CERTIFICATE_HASH_DATA =
      new SerializedString("certificateHashData");
  private static final SerializedString NAME_STATUS = new SerializedString("status");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetInstalledCertificateIdsResponse {
    certificateHashData = certificateHashData == null ? null : List.copyOf(certificateHashData);
    Objects.requireNonNull(status, "status");
  }

  private static final class Codec implements MessageCodec<GetInstalledCertificateIdsResponse> {
    private static final ElementReader<CertificateHashData> ITEM_CERTIFICATE_HASH_DATA =
        (p, ctx) -> Codecs.readObject(p, ctx, "", CertificateHashData.CODEC);

    @Override
    public GetInstalledCertificateIdsResponse read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      List<CertificateHashData> certificateHashData = null;
      GetInstalledCertificateStatusEnum status = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "certificateHashData":
            certificateHashData =
                Codecs.readList(p, ctx, "certificateHashData", 1, -1, ITEM_CERTIFICATE_HASH_DATA);
            break;
          case "status":
            status = GetInstalledCertificateStatusEnum.read(p, ctx, "status");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new GetInstalledCertificateIdsResponse(certificateHashData, status);
    }

    @Override
    public void write(JsonGenerator g, GetInstalledCertificateIdsResponse value)
        throws IOException {
      g.writeStartObject();
      if (value.certificateHashData() != null) {
        g.writeFieldName(NAME_CERTIFICATE_HASH_DATA);
        g.writeStartArray();
        for (CertificateHashData item : value.certificateHashData()) {
          CertificateHashData.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetInstalledCertificateIdsResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkItems(out, "certificateHashData", value.certificateHashData(), 1, -1);
      Codecs.checkNestedList(
          out, "certificateHashData", CertificateHashData.CODEC, value.certificateHashData());
      return out;
    }
  }
}
