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
 * The {@code Get15118EVCertificate} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param status required. Indicates whether the message was processed properly.
 * @param statusInfo optional, null when absent. Element providing more information about the
 *     status.
 * @param exiResponse required; at most 7500 characters. Raw CertificateInstallationRes response
 *     for the EV, Base64 encoded.
 */
public record Get15118EVCertificateResponse(
    CustomData customData,
    Iso15118EVCertificateStatusEnum status,
    StatusInfo statusInfo,
    String exiResponse)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<Get15118EVCertificateResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_STATUS_INFO = new SerializedString("statusInfo");
  private static final SerializedString NAME_EXI_RESPONSE = new SerializedString("exiResponse");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public Get15118EVCertificateResponse {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(exiResponse, "exiResponse");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Get15118EVCertificateResponse}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Iso15118EVCertificateStatusEnum status;
    private StatusInfo statusInfo;
    private String exiResponse;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code status} (required). */
    public Builder status(Iso15118EVCertificateStatusEnum status) {
      this.status = status;
      return this;
    }

    /** Sets {@code statusInfo} (optional). */
    public Builder statusInfo(StatusInfo statusInfo) {
      this.statusInfo = statusInfo;
      return this;
    }

    /** Sets {@code exiResponse} (required). */
    public Builder exiResponse(String exiResponse) {
      this.exiResponse = exiResponse;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public Get15118EVCertificateResponse build() {
      if (status == null) {
        throw new IllegalStateException(
            "Get15118EVCertificateResponse.status is required but was not set");
      }
      if (exiResponse == null) {
        throw new IllegalStateException(
            "Get15118EVCertificateResponse.exiResponse is required but was not set");
      }
      Get15118EVCertificateResponse built =
          new Get15118EVCertificateResponse(customData, status, statusInfo, exiResponse);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid Get15118EVCertificateResponse: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<Get15118EVCertificateResponse> {
    @Override
    public Get15118EVCertificateResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Iso15118EVCertificateStatusEnum status = null;
      StatusInfo statusInfo = null;
      String exiResponse = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "status":
            status = Iso15118EVCertificateStatusEnum.read(p, ctx, "status");
            break;
          case "statusInfo":
            statusInfo = Codecs.readObject(p, ctx, "statusInfo", StatusInfo.CODEC);
            break;
          case "exiResponse":
            exiResponse = Codecs.readString(p, "exiResponse", 7500);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      if (exiResponse == null) {
        throw Codecs.missing("exiResponse");
      }
      return new Get15118EVCertificateResponse(customData, status, statusInfo, exiResponse);
    }

    @Override
    public void write(JsonGenerator g, Get15118EVCertificateResponse value) throws IOException {
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
      g.writeFieldName(NAME_EXI_RESPONSE);
      g.writeString(value.exiResponse());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(Get15118EVCertificateResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "statusInfo", StatusInfo.CODEC, value.statusInfo());
      Codecs.checkLength(out, "exiResponse", value.exiResponse(), 7500);
      return out;
    }
  }
}
