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

/**
 * The {@code GetCertificateStatus} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param status required. This indicates whether the charging station was able to retrieve the
 *     OCSP certificate status.
 * @param statusInfo optional, null when absent. Element providing more information about the
 *     status.
 * @param ocspResult optional, null when absent; at most 5500 characters. OCSPResponse class as
 *     defined in IETF RFC 6960. DER encoded (as defined in IETF RFC 6960), and then base64 encoded.
 *     MAY only be omitted when status is not Accepted.
 */
public record GetCertificateStatusResponse(
    CustomData customData,
    GetCertificateStatusEnum status,
    StatusInfo statusInfo,
    String ocspResult)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetCertificateStatusResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_STATUS_INFO = new SerializedString("statusInfo");
  private static final SerializedString NAME_OCSP_RESULT = new SerializedString("ocspResult");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetCertificateStatusResponse {
    Objects.requireNonNull(status, "status");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetCertificateStatusResponse}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private GetCertificateStatusEnum status;
    private StatusInfo statusInfo;
    private String ocspResult;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code status} (required). */
    public Builder status(GetCertificateStatusEnum status) {
      this.status = status;
      return this;
    }

    /** Sets {@code statusInfo} (optional). */
    public Builder statusInfo(StatusInfo statusInfo) {
      this.statusInfo = statusInfo;
      return this;
    }

    /** Sets {@code ocspResult} (optional). */
    public Builder ocspResult(String ocspResult) {
      this.ocspResult = ocspResult;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public GetCertificateStatusResponse build() {
      if (status == null) {
        throw new IllegalStateException(
            "GetCertificateStatusResponse.status is required but was not set");
      }
      GetCertificateStatusResponse built =
          new GetCertificateStatusResponse(customData, status, statusInfo, ocspResult);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid GetCertificateStatusResponse: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetCertificateStatusResponse> {
    @Override
    public GetCertificateStatusResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      GetCertificateStatusEnum status = null;
      StatusInfo statusInfo = null;
      String ocspResult = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "status":
            status = GetCertificateStatusEnum.read(p, ctx, "status");
            break;
          case "statusInfo":
            statusInfo = Codecs.readObject(p, ctx, "statusInfo", StatusInfo.CODEC);
            break;
          case "ocspResult":
            ocspResult = Codecs.readString(p, "ocspResult", 5500);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new GetCertificateStatusResponse(customData, status, statusInfo, ocspResult);
    }

    @Override
    public void write(JsonGenerator g, GetCertificateStatusResponse value) throws IOException {
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
      if (value.ocspResult() != null) {
        g.writeFieldName(NAME_OCSP_RESULT);
        g.writeString(value.ocspResult());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetCertificateStatusResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "statusInfo", StatusInfo.CODEC, value.statusInfo());
      Codecs.checkLength(out, "ocspResult", value.ocspResult(), 5500);
      return out;
    }
  }
}
