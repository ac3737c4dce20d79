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
 * The {@code GetMonitoringReport} request of OCPP 2.0.1, answered by {@link
 * GetMonitoringReportResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param componentVariable optional, null when absent; at least 1 item
 * @param requestId required. The Id of the request.
 * @param monitoringCriteria optional, null when absent; at least 1 item, at most 3 items. This
 *     field contains criteria for components for which a monitoring report is requested
 */
public record GetMonitoringReportRequest(
    CustomData customData,
    List<ComponentVariable> componentVariable,
    int requestId,
    List<MonitoringCriterionEnum> monitoringCriteria)
    implements OcppRequest<GetMonitoringReportResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetMonitoringReportRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_COMPONENT_VARIABLE =
      new SerializedString("componentVariable");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_MONITORING_CRITERIA =
      new SerializedString("monitoringCriteria");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetMonitoringReportRequest {
    componentVariable = componentVariable == null ? null : List.copyOf(componentVariable);
    monitoringCriteria = monitoringCriteria == null ? null : List.copyOf(monitoringCriteria);
  }

  /** The {@code GetMonitoringReport} action. */
  @Override
  public ActionType<GetMonitoringReportRequest, GetMonitoringReportResponse> actionType() {
    return V201Actions.GET_MONITORING_REPORT;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetMonitoringReportRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private List<ComponentVariable> componentVariable;
    private Integer requestId;
    private List<MonitoringCriterionEnum> monitoringCriteria;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code componentVariable} (optional). */
    public Builder componentVariable(List<ComponentVariable> componentVariable) {
      this.componentVariable = componentVariable;
      return this;
    }

    /** Sets {@code requestId} (required). */
    public Builder requestId(int requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets {@code monitoringCriteria} (optional). */
    public Builder monitoringCriteria(List<MonitoringCriterionEnum> monitoringCriteria) {
      this.monitoringCriteria = monitoringCriteria;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public GetMonitoringReportRequest build() {
      if (requestId == null) {
        throw new IllegalStateException(
            "GetMonitoringReportRequest.requestId is required but was not set");
      }
      GetMonitoringReportRequest built =
          new GetMonitoringReportRequest(
              customData, componentVariable, requestId, monitoringCriteria);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid GetMonitoringReportRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetMonitoringReportRequest> {
    private static final ElementReader<ComponentVariable> ITEM_COMPONENT_VARIABLE =
        (p, ctx) -> Codecs.readObject(p, ctx, "", ComponentVariable.CODEC);
    private static final ElementReader<MonitoringCriterionEnum> ITEM_MONITORING_CRITERIA =
        (p, ctx) -> MonitoringCriterionEnum.read(p, ctx, "");

    @Override
    public GetMonitoringReportRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<ComponentVariable> componentVariable = null;
      int requestId = 0;
      boolean hasRequestId = false;
      List<MonitoringCriterionEnum> monitoringCriteria = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "componentVariable":
            componentVariable =
                Codecs.readList(p, ctx, "componentVariable", 1, -1, ITEM_COMPONENT_VARIABLE);
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            hasRequestId = true;
            break;
          case "monitoringCriteria":
            monitoringCriteria =
                Codecs.readList(p, ctx, "monitoringCriteria", 1, 3, ITEM_MONITORING_CRITERIA);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      return new GetMonitoringReportRequest(
          customData, componentVariable, requestId, monitoringCriteria);
    }

    @Override
    public void write(JsonGenerator g, GetMonitoringReportRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.componentVariable() != null) {
        g.writeFieldName(NAME_COMPONENT_VARIABLE);
        g.writeStartArray();
        for (ComponentVariable item : value.componentVariable()) {
          ComponentVariable.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      if (value.monitoringCriteria() != null) {
        g.writeFieldName(NAME_MONITORING_CRITERIA);
        g.writeStartArray();
        for (MonitoringCriterionEnum item : value.monitoringCriteria()) {
          g.writeString(item.wireValue());
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetMonitoringReportRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "componentVariable", value.componentVariable(), 1, -1);
      Codecs.checkNestedList(
          out, "componentVariable", ComponentVariable.CODEC, value.componentVariable());
      Codecs.checkItems(out, "monitoringCriteria", value.monitoringCriteria(), 1, 3);
      return out;
    }
  }
}
