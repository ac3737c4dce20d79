// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
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
 * The {@code NotifyCustomerInformation} request of OCPP 2.0.1, answered by {@link
 * NotifyCustomerInformationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param data required; at most 512 characters. (Part of) the requested data. No format
 *     specified in which the data is returned. Should be human readable.
 * @param tbc optional, null when absent (the schema's default {@code false} is not filled in).
 *     “to be continued” indicator. Indicates whether another part of the monitoringData follows in
 *     an upcoming notifyMonitoringReportRequest message. Default value when omitted is false.
 * @param seqNo required. Sequence number of this message. First message starts at 0.
 * @param generatedAt required; written as UTC with at most millisecond precision. Timestamp of
 *     the moment this message was generated at the Charging Station.
 * @param requestId required. The Id of the request.
 */
public record NotifyCustomerInformationRequest(
    CustomData customData,
    String data,
    Boolean tbc,
    int seqNo,
    Instant generatedAt,
    int requestId)
    implements OcppRequest<NotifyCustomerInformationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<NotifyCustomerInformationRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_DATA = new SerializedString("data");
  private static final SerializedString NAME_TBC = new SerializedString("tbc");
  private static final SerializedString NAME_SEQ_NO = new SerializedString("seqNo");
  private static final SerializedString NAME_GENERATED_AT = new SerializedString("generatedAt");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public NotifyCustomerInformationRequest {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(generatedAt, "generatedAt");
  }

  /** The {@code NotifyCustomerInformation} action. */
  @Override
  public ActionType<NotifyCustomerInformationRequest, NotifyCustomerInformationResponse>
      actionType() {
    return V201Actions.NOTIFY_CUSTOMER_INFORMATION;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotifyCustomerInformationRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String data;
    private Boolean tbc;
    private Integer seqNo;
    private Instant generatedAt;
    private Integer requestId;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code data} (required). */
    public Builder data(String data) {
      this.data = data;
      return this;
    }

    /** Sets {@code tbc} (optional). */
    public Builder tbc(Boolean tbc) {
      this.tbc = tbc;
      return this;
    }

    /** Sets {@code seqNo} (required). */
    public Builder seqNo(int seqNo) {
      this.seqNo = seqNo;
      return this;
    }

    /** Sets {@code generatedAt} (required). */
    public Builder generatedAt(Instant generatedAt) {
      this.generatedAt = generatedAt;
      return this;
    }

    /** Sets {@code requestId} (required). */
    public Builder requestId(int requestId) {
      this.requestId = requestId;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public NotifyCustomerInformationRequest build() {
      if (data == null) {
        throw new IllegalStateException(
            "NotifyCustomerInformationRequest.data is required but was not set");
      }
      if (seqNo == null) {
        throw new IllegalStateException(
            "NotifyCustomerInformationRequest.seqNo is required but was not set");
      }
      if (generatedAt == null) {
        throw new IllegalStateException(
            "NotifyCustomerInformationRequest.generatedAt is required but was not set");
      }
      if (requestId == null) {
        throw new IllegalStateException(
            "NotifyCustomerInformationRequest.requestId is required but was not set");
      }
      NotifyCustomerInformationRequest built =
          new NotifyCustomerInformationRequest(
              customData, data, tbc, seqNo, generatedAt, requestId);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException(
            "invalid NotifyCustomerInformationRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<NotifyCustomerInformationRequest> {
    @Override
    public NotifyCustomerInformationRequest read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String data = null;
      Boolean tbc = null;
      int seqNo = 0;
      boolean hasSeqNo = false;
      Instant generatedAt = null;
      int requestId = 0;
      boolean hasRequestId = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "data":
            data = Codecs.readString(p, "data", 512);
            break;
          case "tbc":
            tbc = Codecs.readBoolean(p, "tbc");
            break;
          case "seqNo":
            seqNo = Codecs.readInt(p, "seqNo");
            hasSeqNo = true;
            break;
          case "generatedAt":
            generatedAt = Codecs.readInstant(p, ctx, "generatedAt");
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            hasRequestId = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (data == null) {
        throw Codecs.missing("data");
      }
      if (!hasSeqNo) {
        throw Codecs.missing("seqNo");
      }
      if (generatedAt == null) {
        throw Codecs.missing("generatedAt");
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      return new NotifyCustomerInformationRequest(
          customData, data, tbc, seqNo, generatedAt, requestId);
    }

    @Override
    public void write(JsonGenerator g, NotifyCustomerInformationRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_DATA);
      g.writeString(value.data());
      if (value.tbc() != null) {
        g.writeFieldName(NAME_TBC);
        g.writeBoolean(value.tbc());
      }
      g.writeFieldName(NAME_SEQ_NO);
      g.writeNumber(value.seqNo());
      g.writeFieldName(NAME_GENERATED_AT);
      Codecs.writeInstant(g, value.generatedAt());
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(NotifyCustomerInformationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "data", value.data(), 512);
      return out;
    }
  }
}
