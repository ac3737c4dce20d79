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
 * The {@code GetBaseReport} request of OCPP 2.0.1, answered by {@link GetBaseReportResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param requestId required. The Id of the request.
 * @param reportBase required. This field specifies the report base.
 */
public record GetBaseReportRequest(
    CustomData customData,
    int requestId,
    ReportBaseEnum reportBase)
    implements OcppRequest<GetBaseReportResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetBaseReportRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_REPORT_BASE = new SerializedString("reportBase");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetBaseReportRequest {
    Objects.requireNonNull(reportBase, "reportBase");
  }

  /** The {@code GetBaseReport} action. */
  @Override
  public ActionType<GetBaseReportRequest, GetBaseReportResponse> actionType() {
    return V201Actions.GET_BASE_REPORT;
  }

  private static final class Codec implements MessageCodec<GetBaseReportRequest> {
    @Override
    public GetBaseReportRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int requestId = 0;
      boolean hasRequestId = false;
      ReportBaseEnum reportBase = null;
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
          case "reportBase":
            reportBase = ReportBaseEnum.read(p, ctx, "reportBase");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      if (reportBase == null) {
        throw Codecs.missing("reportBase");
      }
      return new GetBaseReportRequest(customData, requestId, reportBase);
    }

    @Override
    public void write(JsonGenerator g, GetBaseReportRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      g.writeFieldName(NAME_REPORT_BASE);
      g.writeString(value.reportBase().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetBaseReportRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
