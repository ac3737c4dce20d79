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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code GetTransactionStatus} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param ongoingIndicator optional, null when absent. Whether the transaction is still ongoing.
 * @param messagesInQueue required. Whether there are still message to be delivered.
 */
public record GetTransactionStatusResponse(
    CustomData customData,
    Boolean ongoingIndicator,
    boolean messagesInQueue)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetTransactionStatusResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ONGOING_INDICATOR =
      new SerializedString("ongoingIndicator");
  private static final SerializedString NAME_MESSAGES_IN_QUEUE =
      new SerializedString("messagesInQueue");

  private static final class Codec implements MessageCodec<GetTransactionStatusResponse> {
    @Override
    public GetTransactionStatusResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Boolean ongoingIndicator = null;
      boolean messagesInQueue = false;
      boolean hasMessagesInQueue = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "ongoingIndicator":
            ongoingIndicator = Codecs.readBoolean(p, "ongoingIndicator");
            break;
          case "messagesInQueue":
            messagesInQueue = Codecs.readBoolean(p, "messagesInQueue");
            hasMessagesInQueue = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasMessagesInQueue) {
        throw Codecs.missing("messagesInQueue");
      }
      return new GetTransactionStatusResponse(customData, ongoingIndicator, messagesInQueue);
    }

    @Override
    public void write(JsonGenerator g, GetTransactionStatusResponse value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.ongoingIndicator() != null) {
        g.writeFieldName(NAME_ONGOING_INDICATOR);
        g.writeBoolean(value.ongoingIndicator());
      }
      g.writeFieldName(NAME_MESSAGES_IN_QUEUE);
      g.writeBoolean(value.messagesInQueue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetTransactionStatusResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
