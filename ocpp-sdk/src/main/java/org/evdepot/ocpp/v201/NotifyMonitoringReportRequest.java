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
 * The {@code NotifyMonitoringReport} request of OCPP 2.0.1, answered by {@link
 * NotifyMonitoringReportResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param monitor optional, null when absent; at least 1 item
 * @param requestId required. The id of the GetMonitoringRequest that requested this report.
 * @param tbc optional, null when absent (the schema's default {@code false} is not filled in).
 *     “to be continued” indicator. Indicates whether another part of the monitoringData follows in
 *     an upcoming notifyMonitoringReportRequest message. Default value when omitted is false.
 * @param seqNo required. Sequence number of this message. First message starts at 0.
 * @param generatedAt required; written as UTC with at most millisecond precision. Timestamp of
 *     the moment this message was generated at the Charging Station.
 */
public record NotifyMonitoringReportRequest(
    CustomData customData,
    List<MonitoringData> monitor,
    int requestId,
    Boolean tbc,
    int seqNo,
    Instant generatedAt)
    implements OcppRequest<NotifyMonitoringReportResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<NotifyMonitoringReportRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_MONITOR = new SerializedString("monitor");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_TBC = new SerializedString("tbc");
  private static final SerializedString NAME_SEQ_NO = new SerializedString("seqNo");
  private static final SerializedString NAME_GENERATED_AT = new SerializedString("generatedAt");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public NotifyMonitoringReportRequest {
    monitor = monitor == null ? null : List.copyOf(monitor);
    Objects.requireNonNull(generatedAt, "generatedAt");
  }

  /** The {@code NotifyMonitoringReport} action. */
  @Override
  public ActionType<NotifyMonitoringReportRequest, NotifyMonitoringReportResponse> actionType() {
    return V201Actions.NOTIFY_MONITORING_REPORT;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotifyMonitoringReportRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private List<MonitoringData> monitor;
    private Integer requestId;
    private Boolean tbc;
    private Integer seqNo;
    private Instant generatedAt;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code monitor} (optional). */
    public Builder monitor(List<MonitoringData> monitor) {
      this.monitor = monitor;
      return this;
    }

    /** Sets {@code requestId} (required). */
    public Builder requestId(int requestId) {
      this.requestId = requestId;
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

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public NotifyMonitoringReportRequest build() {
      if (requestId == null) {
        throw new IllegalStateException(
            "NotifyMonitoringReportRequest.requestId is required but was not set");
      }
      if (seqNo == null) {
        throw new IllegalStateException(
            "NotifyMonitoringReportRequest.seqNo is required but was not set");
      }
      if (generatedAt == null) {
        throw new IllegalStateException(
            "NotifyMonitoringReportRequest.generatedAt is required but was not set");
      }
      NotifyMonitoringReportRequest built =
          new NotifyMonitoringReportRequest(
              customData, monitor, requestId, tbc, seqNo, generatedAt);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid NotifyMonitoringReportRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<NotifyMonitoringReportRequest> {
    private static final ElementReader<MonitoringData> ITEM_MONITOR =
        (p, ctx) -> Codecs.readObject(p, ctx, "", MonitoringData.CODEC);

    @Override
    public NotifyMonitoringReportRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<MonitoringData> monitor = null;
      int requestId = 0;
      boolean hasRequestId = false;
      Boolean tbc = null;
      int seqNo = 0;
      boolean hasSeqNo = false;
      Instant generatedAt = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "monitor":
            monitor = Codecs.readList(p, ctx, "monitor", 1, -1, ITEM_MONITOR);
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            hasRequestId = true;
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
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      if (!hasSeqNo) {
        throw Codecs.missing("seqNo");
      }
      if (generatedAt == null) {
        throw Codecs.missing("generatedAt");
      }
      return new NotifyMonitoringReportRequest(
          customData, monitor, requestId, tbc, seqNo, generatedAt);
    }

    @Override
    public void write(JsonGenerator g, NotifyMonitoringReportRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.monitor() != null) {
        g.writeFieldName(NAME_MONITOR);
        g.writeStartArray();
        for (MonitoringData item : value.monitor()) {
          MonitoringData.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      if (value.tbc() != null) {
        g.writeFieldName(NAME_TBC);
        g.writeBoolean(value.tbc());
      }
      g.writeFieldName(NAME_SEQ_NO);
      g.writeNumber(value.seqNo());
      g.writeFieldName(NAME_GENERATED_AT);
      Codecs.writeInstant(g, value.generatedAt());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(NotifyMonitoringReportRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "monitor", value.monitor(), 1, -1);
      Codecs.checkNestedList(out, "monitor", MonitoringData.CODEC, value.monitor());
      return out;
    }
  }
}
