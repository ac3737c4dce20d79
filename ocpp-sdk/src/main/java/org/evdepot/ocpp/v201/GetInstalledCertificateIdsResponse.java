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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code GetInstalledCertificateIds} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param status required. Charging Station indicates if it can process the request.
 * @param statusInfo optional, null when absent. Element providing more information about the
 *     status.
 * @param certificateHashDataChain optional, null when absent; at least 1 item
 */
public record GetInstalledCertificateIdsResponse(
    CustomData customData,
    GetInstalledCertificateStatusEnum status,
    StatusInfo statusInfo,
    List<CertificateHashDataChain> certificateHashDataChain)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetInstalledCertificateIdsResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_STATUS_INFO = new SerializedString("statusInfo");
  private static final SerializedString NAME_CERTIFICATE_HASH_DATA_CHAIN =
      new SerializedString("certificateHashDataChain");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetInstalledCertificateIdsResponse {
    Objects.requireNonNull(status, "status");
    certificateHashDataChain =
        certificateHashDataChain == null ? null : List.copyOf(certificateHashDataChain);
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetInstalledCertificateIdsResponse}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private GetInstalledCertificateStatusEnum status;
    private StatusInfo statusInfo;
    private List<CertificateHashDataChain> certificateHashDataChain;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code status} (required). */
    public Builder status(GetInstalledCertificateStatusEnum status) {
      this.status = status;
      return this;
    }

    /** Sets {@code statusInfo} (optional). */
    public Builder statusInfo(StatusInfo statusInfo) {
      this.statusInfo = statusInfo;
      return this;
    }

    /** Sets {@code certificateHashDataChain} (optional). */
    public Builder certificateHashDataChain(
        List<CertificateHashDataChain> certificateHashDataChain) {
      this.certificateHashDataChain = certificateHashDataChain;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public GetInstalledCertificateIdsResponse build() {
      if (status == null) {
        throw new IllegalStateException(
            "GetInstalledCertificateIdsResponse.status is required but was not set");
      }
      GetInstalledCertificateIdsResponse built =
          new GetInstalledCertificateIdsResponse(
              customData, status, statusInfo, certificateHashDataChain);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException(
            "invalid GetInstalledCertificateIdsResponse: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetInstalledCertificateIdsResponse> {
    private static final ElementReader<CertificateHashDataChain> ITEM_CERTIFICATE_HASH_DATA_CHAIN =
        (p, ctx) -> Codecs.readObject(p, ctx, "", CertificateHashDataChain.CODEC);

    @Override
    public GetInstalledCertificateIdsResponse read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      GetInstalledCertificateStatusEnum status = null;
      StatusInfo statusInfo = null;
      List<CertificateHashDataChain> certificateHashDataChain = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "status":
            status = GetInstalledCertificateStatusEnum.read(p, ctx, "status");
            break;
          case "statusInfo":
            statusInfo = Codecs.readObject(p, ctx, "statusInfo", StatusInfo.CODEC);
            break;
          case "certificateHashDataChain":
            certificateHashDataChain =
                Codecs.readList(
                    p, ctx, "certificateHashDataChain", 1, -1, ITEM_CERTIFICATE_HASH_DATA_CHAIN);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new GetInstalledCertificateIdsResponse(
          customData, status, statusInfo, certificateHashDataChain);
    }

    @Override
    public void write(JsonGenerator g, GetInstalledCertificateIdsResponse value)
        throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      if (value.statusInfo() != null) {
        g.writeFieldName(NAME_STATUS_INFO);
        StatusInfo.CODEC.write(g, value.statusInfo());
      }
      if (value.certificateHashDataChain() != null) {
        g.writeFieldName(NAME_CERTIFICATE_HASH_DATA_CHAIN);
        g.writeStartArray();
        for (CertificateHashDataChain item : value.certificateHashDataChain()) {
          CertificateHashDataChain.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetInstalledCertificateIdsResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "statusInfo", StatusInfo.CODEC, value.statusInfo());
      Codecs.checkItems(out, "certificateHashDataChain", value.certificateHashDataChain(), 1, -1);
      Codecs.checkNestedList(
          out,
          "certificateHashDataChain",
          CertificateHashDataChain.CODEC,
          value.certificateHashDataChain());
      return out;
    }
  }
}
