// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code RemoteStopTransaction} request of OCPP 1.6, answered by {@link
 * RemoteStopTransactionResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param transactionId required
 */
public record RemoteStopTransactionRequest(
    int transactionId)
    implements OcppRequest<RemoteStopTransactionResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<RemoteStopTransactionRequest> CODEC = new Codec();

  private static final SerializedString NAME_TRANSACTION_ID = new SerializedString("transactionId");

  /** The {@code RemoteStopTransaction} action. */
  @Override
  public ActionType<RemoteStopTransactionRequest, RemoteStopTransactionResponse> actionType() {
    return V16Actions.REMOTE_STOP_TRANSACTION;
  }

  private static final class Codec implements MessageCodec<RemoteStopTransactionRequest> {
    @Override
    public RemoteStopTransactionRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int transactionId = 0;
      boolean hasTransactionId = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "transactionId":
            transactionId = Codecs.readInt(p, "transactionId");
            hasTransactionId = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasTransactionId) {
        throw Codecs.missing("transactionId");
      }
      return new RemoteStopTransactionRequest(transactionId);
    }

    @Override
    public void write(JsonGenerator g, RemoteStopTransactionRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_TRANSACTION_ID);
      g.writeNumber(value.transactionId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(RemoteStopTransactionRequest value) {
      return List.of();
    }
  }
}
