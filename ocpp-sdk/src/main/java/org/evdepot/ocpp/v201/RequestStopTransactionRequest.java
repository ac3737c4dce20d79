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
 * The {@code RequestStopTransaction} request of OCPP 2.0.1, answered by {@link
 * RequestStopTransactionResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param transactionId required; at most 36 characters. The identifier of the transaction which
 *     the Charging Station is requested to stop.
 */
public record RequestStopTransactionRequest(
    CustomData customData,
    String transactionId)
    implements OcppRequest<RequestStopTransactionResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<RequestStopTransactionRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_TRANSACTION_ID = new SerializedString("transactionId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public RequestStopTransactionRequest {
    Objects.requireNonNull(transactionId, "transactionId");
  }

  /** The {@code RequestStopTransaction} action. */
  @Override
  public ActionType<RequestStopTransactionRequest, RequestStopTransactionResponse> actionType() {
    return V201Actions.REQUEST_STOP_TRANSACTION;
  }

  private static final class Codec implements MessageCodec<RequestStopTransactionRequest> {
    @Override
    public RequestStopTransactionRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String transactionId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "transactionId":
            transactionId = Codecs.readString(p, "transactionId", 36);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (transactionId == null) {
        throw Codecs.missing("transactionId");
      }
      return new RequestStopTransactionRequest(customData, transactionId);
    }

    @Override
    public void write(JsonGenerator g, RequestStopTransactionRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_TRANSACTION_ID);
      g.writeString(value.transactionId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(RequestStopTransactionRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "transactionId", value.transactionId(), 36);
      return out;
    }
  }
}
