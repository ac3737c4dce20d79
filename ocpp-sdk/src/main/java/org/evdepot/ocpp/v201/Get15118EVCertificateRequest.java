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
 * The {@code Get15118EVCertificate} request of OCPP 2.0.1, answered by {@link
 * Get15118EVCertificateResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param iso15118SchemaVersion required; at most 50 characters. Schema version currently used
 *     for the 15118 session between EV and Charging Station. Needed for parsing of the EXI stream
 *     by the CSMS.
 * @param action required. Defines whether certificate needs to be installed or updated.
 * @param exiRequest required; at most 5600 characters. Raw CertificateInstallationReq request
 *     from EV, Base64 encoded.
 */
public record Get15118EVCertificateRequest(
    CustomData customData,
    String iso15118SchemaVersion,
    CertificateActionEnum action,
    String exiRequest)
    implements OcppRequest<Get15118EVCertificateResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<Get15118EVCertificateRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ISO15118_SCHEMA_VERSION =
      new SerializedString("iso15118SchemaVersion");
  private static final SerializedString NAME_ACTION = new SerializedString("action");
  private static final SerializedString NAME_EXI_REQUEST = new SerializedString("exiRequest");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public Get15118EVCertificateRequest {
    Objects.requireNonNull(iso15118SchemaVersion, "iso15118SchemaVersion");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(exiRequest, "exiRequest");
  }

  /** The {@code Get15118EVCertificate} action. */
  @Override
  public ActionType<Get15118EVCertificateRequest, Get15118EVCertificateResponse> actionType() {
    return V201Actions.GET15118EV_CERTIFICATE;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Get15118EVCertificateRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String iso15118SchemaVersion;
    private CertificateActionEnum action;
    private String exiRequest;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code iso15118SchemaVersion} (required). */
    public Builder iso15118SchemaVersion(String iso15118SchemaVersion) {
      this.iso15118SchemaVersion = iso15118SchemaVersion;
      return this;
    }

    /** Sets {@code action} (required). */
    public Builder action(CertificateActionEnum action) {
      this.action = action;
      return this;
    }

    /** Sets {@code exiRequest} (required). */
    public Builder exiRequest(String exiRequest) {
      this.exiRequest = exiRequest;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public Get15118EVCertificateRequest build() {
      if (iso15118SchemaVersion == null) {
        throw new IllegalStateException(
            "Get15118EVCertificateRequest.iso15118SchemaVersion is required but was not set");
      }
      if (action == null) {
        throw new IllegalStateException(
            "Get15118EVCertificateRequest.action is required but was not set");
      }
      if (exiRequest == null) {
        throw new IllegalStateException(
            "Get15118EVCertificateRequest.exiRequest is required but was not set");
      }
      Get15118EVCertificateRequest built =
          new Get15118EVCertificateRequest(customData, iso15118SchemaVersion, action, exiRequest);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid Get15118EVCertificateRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<Get15118EVCertificateRequest> {
    @Override
    public Get15118EVCertificateRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String iso15118SchemaVersion = null;
      CertificateActionEnum action = null;
      String exiRequest = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "iso15118SchemaVersion":
            iso15118SchemaVersion = Codecs.readString(p, "iso15118SchemaVersion", 50);
            break;
          case "action":
            action = CertificateActionEnum.read(p, ctx, "action");
            break;
          case "exiRequest":
            exiRequest = Codecs.readString(p, "exiRequest", 5600);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (iso15118SchemaVersion == null) {
        throw Codecs.missing("iso15118SchemaVersion");
      }
      if (action == null) {
        throw Codecs.missing("action");
      }
      if (exiRequest == null) {
        throw Codecs.missing("exiRequest");
      }
      return new Get15118EVCertificateRequest(
          customData, iso15118SchemaVersion, action, exiRequest);
    }

    @Override
    public void write(JsonGenerator g, Get15118EVCertificateRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ISO15118_SCHEMA_VERSION);
      g.writeString(value.iso15118SchemaVersion());
      g.writeFieldName(NAME_ACTION);
      g.writeString(value.action().wireValue());
      g.writeFieldName(NAME_EXI_REQUEST);
      g.writeString(value.exiRequest());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(Get15118EVCertificateRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "iso15118SchemaVersion", value.iso15118SchemaVersion(), 50);
      Codecs.checkLength(out, "exiRequest", value.exiRequest(), 5600);
      return out;
    }
  }
}
