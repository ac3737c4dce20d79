// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
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
 * The {@code CostUpdated} request of OCPP 2.0.1, answered by {@link CostUpdatedResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param totalCost required. Current total cost, based on the information known by the CSMS, of
 *     the transaction including taxes. In the currency configured with the configuration Variable:
 *     [ Currency]
 * @param transactionId required; at most 36 characters. Transaction Id of the transaction the
 *     current cost are asked for.
 */
public record CostUpdatedRequest(
    CustomData customData,
    BigDecimal totalCost,
    String transactionId)
    implements OcppRequest<CostUpdatedResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<CostUpdatedRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_TOTAL_COST = new SerializedString("totalCost");
  private static final SerializedString NAME_TRANSACTION_ID = new SerializedString("transactionId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public CostUpdatedRequest {
    Objects.requireNonNull(totalCost, "totalCost");
    Objects.requireNonNull(transactionId, "transactionId");
  }

  /** The {@code CostUpdated} action. */
  @Override
  public ActionType<CostUpdatedRequest, CostUpdatedResponse> actionType() {
    return V201Actions.COST_UPDATED;
  }

  private static final class Codec implements MessageCodec<CostUpdatedRequest> {
    @Override
    public CostUpdatedRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      BigDecimal totalCost = null;
      String transactionId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "totalCost":
            totalCost = Codecs.readDecimal(p, "totalCost");
            break;
          case "transactionId":
            transactionId = Codecs.readString(p, "transactionId", 36);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (totalCost == null) {
        throw Codecs.missing("totalCost");
      }
      if (transactionId == null) {
        throw Codecs.missing("transactionId");
      }
      return new CostUpdatedRequest(customData, totalCost, transactionId);
    }

    @Override
    public void write(JsonGenerator g, CostUpdatedRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_TOTAL_COST);
      Codecs.writeDecimal(g, value.totalCost());
      g.writeFieldName(NAME_TRANSACTION_ID);
      g.writeString(value.transactionId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(CostUpdatedRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "transactionId", value.transactionId(), 36);
      return out;
    }
  }
}
