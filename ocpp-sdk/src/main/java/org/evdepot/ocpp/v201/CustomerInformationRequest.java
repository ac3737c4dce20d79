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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code CustomerInformation} request of OCPP 2.0.1, answered by {@link
 * CustomerInformationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param customerCertificate optional, null when absent
 * @param idToken optional, null when absent. Contains a case insensitive identifier to use for
 *     the authorization and the type of authorization to support multiple forms of identifiers.
 * @param requestId required. The Id of the request.
 * @param report required. Flag indicating whether the Charging Station should return
 *     NotifyCustomerInformationRequest messages containing information about the customer referred
 *     to.
 * @param clear required. Flag indicating whether the Charging Station should clear all
 *     information about the customer referred to.
 * @param customerIdentifier optional, null when absent; at most 64 characters. A (e.g. vendor
 *     specific) identifier of the customer this request refers to. This field contains a custom
 *     identifier other than IdToken and Certificate. One of the possible identifiers
 *     (customerIdentifier, customerIdToken or customerCertificate) should be in the request
 *     message.
 */
public record CustomerInformationRequest(
    CustomData customData,
    CertificateHashData customerCertificate,
    IdToken idToken,
    int requestId,
    boolean report,
    boolean clear,
    String customerIdentifier)
    implements OcppRequest<CustomerInformationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<CustomerInformationRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CUSTOMER_CERTIFICATE =
      new SerializedString("customerCertificate");
  private static final SerializedString NAME_ID_TOKEN = new SerializedString("idToken");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_REPORT = new SerializedString("report");
  private static final SerializedString NAME_CLEAR = new SerializedString("clear");
  private static final SerializedString NAME_CUSTOMER_IDENTIFIER =
      new SerializedString("customerIdentifier");

  /** The {@code CustomerInformation} action. */
  @Override
  public ActionType<CustomerInformationRequest, CustomerInformationResponse> actionType() {
    return V201Actions.CUSTOMER_INFORMATION;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CustomerInformationRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private CertificateHashData customerCertificate;
    private IdToken idToken;
    private Integer requestId;
    private Boolean report;
    private Boolean clear;
    private String customerIdentifier;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code customerCertificate} (optional). */
    public Builder customerCertificate(CertificateHashData customerCertificate) {
      this.customerCertificate = customerCertificate;
      return this;
    }

    /** Sets {@code idToken} (optional). */
    public Builder idToken(IdToken idToken) {
      this.idToken = idToken;
      return this;
    }

    /** Sets {@code requestId} (required). */
    public Builder requestId(int requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets {@code report} (required). */
    public Builder report(boolean report) {
      this.report = report;
      return this;
    }

    /** Sets {@code clear} (required). */
    public Builder clear(boolean clear) {
      this.clear = clear;
      return this;
    }

    /** Sets {@code customerIdentifier} (optional). */
    public Builder customerIdentifier(String customerIdentifier) {
      this.customerIdentifier = customerIdentifier;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public CustomerInformationRequest build() {
      if (requestId == null) {
        throw new IllegalStateException(
            "CustomerInformationRequest.requestId is required but was not set");
      }
      if (report == null) {
        throw new IllegalStateException(
            "CustomerInformationRequest.report is required but was not set");
      }
      if (clear == null) {
        throw new IllegalStateException(
            "CustomerInformationRequest.clear is required but was not set");
      }
      CustomerInformationRequest built =
          new CustomerInformationRequest(
              customData,
              customerCertificate,
              idToken,
              requestId,
              report,
              clear,
              customerIdentifier);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid CustomerInformationRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<CustomerInformationRequest> {
    @Override
    public CustomerInformationRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      CertificateHashData customerCertificate = null;
      IdToken idToken = null;
      int requestId = 0;
      boolean hasRequestId = false;
      boolean report = false;
      boolean hasReport = false;
      boolean clear = false;
      boolean hasClear = false;
      String customerIdentifier = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "customerCertificate":
            customerCertificate =
                Codecs.readObject(p, ctx, "customerCertificate", CertificateHashData.CODEC);
            break;
          case "idToken":
            idToken = Codecs.readObject(p, ctx, "idToken", IdToken.CODEC);
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            hasRequestId = true;
            break;
          case "report":
            report = Codecs.readBoolean(p, "report");
            hasReport = true;
            break;
          case "clear":
            clear = Codecs.readBoolean(p, "clear");
            hasClear = true;
            break;
          case "customerIdentifier":
            customerIdentifier = Codecs.readString(p, "customerIdentifier", 64);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      if (!hasReport) {
        throw Codecs.missing("report");
      }
      if (!hasClear) {
        throw Codecs.missing("clear");
      }
      return new CustomerInformationRequest(
          customData, customerCertificate, idToken, requestId, report, clear, customerIdentifier);
    }

    @Override
    public void write(JsonGenerator g, CustomerInformationRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.customerCertificate() != null) {
        g.writeFieldName(NAME_CUSTOMER_CERTIFICATE);
        CertificateHashData.CODEC.write(g, value.customerCertificate());
      }
      if (value.idToken() != null) {
        g.writeFieldName(NAME_ID_TOKEN);
        IdToken.CODEC.write(g, value.idToken());
      }
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      g.writeFieldName(NAME_REPORT);
      g.writeBoolean(value.report());
      g.writeFieldName(NAME_CLEAR);
      g.writeBoolean(value.clear());
      if (value.customerIdentifier() != null) {
        g.writeFieldName(NAME_CUSTOMER_IDENTIFIER);
        g.writeString(value.customerIdentifier());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(CustomerInformationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(
          out, "customerCertificate", CertificateHashData.CODEC, value.customerCertificate());
      Codecs.checkNested(out, "idToken", IdToken.CODEC, value.idToken());
      Codecs.checkLength(out, "customerIdentifier", value.customerIdentifier(), 64);
      return out;
    }
  }
}
