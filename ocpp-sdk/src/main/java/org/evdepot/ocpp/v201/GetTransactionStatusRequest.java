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
 * The {@code GetTransactionStatus} request of OCPP 2.0.1, answered by {@link
 * GetTransactionStatusResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param transactionId optional, null when absent; at most 36 characters. The Id of the
 *     transaction for which the status is requested.
 */
public record GetTransactionStatusRequest(
    CustomData customData,
    String transactionId)
    implements OcppRequest<GetTransactionStatusResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetTransactionStatusRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_TRANSACTION_ID = new SerializedString("transactionId");

  /** The {@code GetTransactionStatus} action. */
  @Override
  public ActionType<GetTransactionStatusRequest, GetTransactionStatusResponse> actionType() {
    return V201Actions.GET_TRANSACTION_STATUS;
  }

  private static final class Codec implements MessageCodec<GetTransactionStatusRequest> {
    @Override
    public GetTransactionStatusRequest read(JsonParser p, DecodeContext ctx) throws IOException {
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
      return new GetTransactionStatusRequest(customData, transactionId);
    }

    @Override
    public void write(JsonGenerator g, GetTransactionStatusRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.transactionId() != null) {
        g.writeFieldName(NAME_TRANSACTION_ID);
        g.writeString(value.transactionId());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetTransactionStatusRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "transactionId", value.transactionId(), 36);
      return out;
    }
  }
}
