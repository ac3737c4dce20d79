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
 * The {@code GetReport} request of OCPP 2.0.1, answered by {@link GetReportResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param componentVariable optional, null when absent; at least 1 item
 * @param requestId required. The Id of the request.
 * @param componentCriteria optional, null when absent; at least 1 item, at most 4 items. This
 *     field contains criteria for components for which a report is requested
 */
public record GetReportRequest(
    CustomData customData,
    List<ComponentVariable> componentVariable,
    int requestId,
    List<ComponentCriterionEnum> componentCriteria)
    implements OcppRequest<GetReportResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetReportRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_COMPONENT_VARIABLE =
      new SerializedString("componentVariable");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_COMPONENT_CRITERIA =
      new SerializedString("componentCriteria");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetReportRequest {
    componentVariable = componentVariable == null ? null : List.copyOf(componentVariable);
    componentCriteria = componentCriteria == null ? null : List.copyOf(componentCriteria);
  }

  /** The {@code GetReport} action. */
  @Override
  public ActionType<GetReportRequest, GetReportResponse> actionType() {
    return V201Actions.GET_REPORT;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetReportRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private List<ComponentVariable> componentVariable;
    private Integer requestId;
    private List<ComponentCriterionEnum> componentCriteria;

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

    /** Sets {@code componentCriteria} (optional). */
    public Builder componentCriteria(List<ComponentCriterionEnum> componentCriteria) {
      this.componentCriteria = componentCriteria;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public GetReportRequest build() {
      if (requestId == null) {
        throw new IllegalStateException("GetReportRequest.requestId is required but was not set");
      }
      GetReportRequest built =
          new GetReportRequest(customData, componentVariable, requestId, componentCriteria);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid GetReportRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetReportRequest> {
    private static final ElementReader<ComponentVariable> ITEM_COMPONENT_VARIABLE =
        (p, ctx) -> Codecs.readObject(p, ctx, "", ComponentVariable.CODEC);
    private static final ElementReader<ComponentCriterionEnum> ITEM_COMPONENT_CRITERIA =
        (p, ctx) -> ComponentCriterionEnum.read(p, ctx, "");

    @Override
    public GetReportRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<ComponentVariable> componentVariable = null;
      int requestId = 0;
      boolean hasRequestId = false;
      List<ComponentCriterionEnum> componentCriteria = null;
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
          case "componentCriteria":
            componentCriteria =
                Codecs.readList(p, ctx, "componentCriteria", 1, 4, ITEM_COMPONENT_CRITERIA);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      return new GetReportRequest(customData, componentVariable, requestId, componentCriteria);
    }

    @Override
    public void write(JsonGenerator g, GetReportRequest value) throws IOException {
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
      if (value.componentCriteria() != null) {
        g.writeFieldName(NAME_COMPONENT_CRITERIA);
        g.writeStartArray();
        for (ComponentCriterionEnum item : value.componentCriteria()) {
          g.writeString(item.wireValue());
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetReportRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "componentVariable", value.componentVariable(), 1, -1);
      Codecs.checkNestedList(
          out, "componentVariable", ComponentVariable.CODEC, value.componentVariable());
      Codecs.checkItems(out, "componentCriteria", value.componentCriteria(), 1, 4);
      return out;
    }
  }
}
