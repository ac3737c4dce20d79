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
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code NotifyReport} request of OCPP 2.0.1, answered by {@link NotifyReportResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param requestId required. The id of the GetReportRequest or GetBaseReportRequest that
 *     requested this report
 * @param generatedAt required; written as UTC with at most millisecond precision. Timestamp of
 *     the moment this message was generated at the Charging Station.
 * @param reportData optional, null when absent; at least 1 item
 * @param tbc optional, null when absent (the schema's default {@code false} is not filled in).
 *     “to be continued” indicator. Indicates whether another part of the report follows in an
 *     upcoming notifyReportRequest message. Default value when omitted is false.
 * @param seqNo required. Sequence number of this message. First message starts at 0.
 */
public record NotifyReportRequest(
    CustomData customData,
    int requestId,
    Instant generatedAt,
    List<ReportData> reportData,
    Boolean tbc,
    int seqNo)
    implements OcppRequest<NotifyReportResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<NotifyReportRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_GENERATED_AT = new SerializedString("generatedAt");
  private static final SerializedString NAME_REPORT_DATA = new SerializedString("reportData");
  private static final SerializedString NAME_TBC = new SerializedString("tbc");
  private static final SerializedString NAME_SEQ_NO = new SerializedString("seqNo");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public NotifyReportRequest {
    Objects.requireNonNull(generatedAt, "generatedAt");
    reportData = reportData == null ? null : List.copyOf(reportData);
  }

  /** The {@code NotifyReport} action. */
  @Override
  public ActionType<NotifyReportRequest, NotifyReportResponse> actionType() {
    return V201Actions.NOTIFY_REPORT;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotifyReportRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer requestId;
    private Instant generatedAt;
    private List<ReportData> reportData;
    private Boolean tbc;
    private Integer seqNo;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code requestId} (required). */
    public Builder requestId(int requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets {@code generatedAt} (required). */
    public Builder generatedAt(Instant generatedAt) {
      this.generatedAt = generatedAt;
      return this;
    }

    /** Sets {@code reportData} (optional). */
    public Builder reportData(List<ReportData> reportData) {
      this.reportData = reportData;
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

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public NotifyReportRequest build() {
      if (requestId == null) {
        throw new IllegalStateException(
            "NotifyReportRequest.requestId is required but was not set");
      }
      if (generatedAt == null) {
        throw new IllegalStateException(
            "NotifyReportRequest.generatedAt is required but was not set");
      }
      if (seqNo == null) {
        throw new IllegalStateException("NotifyReportRequest.seqNo is required but was not set");
      }
      NotifyReportRequest built =
          new NotifyReportRequest(customData, requestId, generatedAt, reportData, tbc, seqNo);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid NotifyReportRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<NotifyReportRequest> {
    private static final ElementReader<ReportData> ITEM_REPORT_DATA =
        (p, ctx) -> Codecs.readObject(p, ctx, "", ReportData.CODEC);

    @Override
    public NotifyReportRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int requestId = 0;
      boolean hasRequestId = false;
      Instant generatedAt = null;
      List<ReportData> reportData = null;
      Boolean tbc = null;
      int seqNo = 0;
      boolean hasSeqNo = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            hasRequestId = true;
            break;
          case "generatedAt":
            generatedAt = Codecs.readInstant(p, ctx, "generatedAt");
            break;
          case "reportData":
            reportData = Codecs.readList(p, ctx, "reportData", 1, -1, ITEM_REPORT_DATA);
            break;
          case "tbc":
            tbc = Codecs.readBoolean(p, "tbc");
            break;
          case "seqNo":
            seqNo = Codecs.readInt(p, "seqNo");
            hasSeqNo = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      if (generatedAt == null) {
        throw Codecs.missing("generatedAt");
      }
      if (!hasSeqNo) {
        throw Codecs.missing("seqNo");
      }
      return new NotifyReportRequest(customData, requestId, generatedAt, reportData, tbc, seqNo);
    }

    @Override
    public void write(JsonGenerator g, NotifyReportRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      g.writeFieldName(NAME_GENERATED_AT);
      Codecs.writeInstant(g, value.generatedAt());
      if (value.reportData() != null) {
        g.writeFieldName(NAME_REPORT_DATA);
        g.writeStartArray();
        for (ReportData item : value.reportData()) {
          ReportData.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      if (value.tbc() != null) {
        g.writeFieldName(NAME_TBC);
        g.writeBoolean(value.tbc());
      }
      g.writeFieldName(NAME_SEQ_NO);
      g.writeNumber(value.seqNo());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(NotifyReportRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "reportData", value.reportData(), 1, -1);
      Codecs.checkNestedList(out, "reportData", ReportData.CODEC, value.reportData());
      return out;
    }
  }
}
