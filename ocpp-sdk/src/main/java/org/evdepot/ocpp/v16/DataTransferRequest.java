// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

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
 * The {@code DataTransfer} request of OCPP 1.6, answered by {@link DataTransferResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param vendorId required; at most 255 characters
 * @param messageId optional, null when absent; at most 50 characters
 * @param data optional, null when absent
 */
public record DataTransferRequest(
    String vendorId,
    String messageId,
    String data)
    implements OcppRequest<DataTransferResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<DataTransferRequest> CODEC = new Codec();

  private static final SerializedString NAME_VENDOR_ID = new SerializedString("vendorId");
  private static final SerializedString NAME_MESSAGE_ID = new SerializedString("messageId");
  private static final SerializedString NAME_DATA = new SerializedString("data");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public DataTransferRequest {
    Objects.requireNonNull(vendorId, "vendorId");
  }

  /** The {@code DataTransfer} action. */
  @Override
  public ActionType<DataTransferRequest, DataTransferResponse> actionType() {
    return V16Actions.DATA_TRANSFER;
  }

  private static final class Codec implements MessageCodec<DataTransferRequest> {
    @Override
    public DataTransferRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String vendorId = null;
      String messageId = null;
      String data = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "vendorId":
            vendorId = Codecs.readString(p, "vendorId", 255);
            break;
          case "messageId":
            messageId = Codecs.readString(p, "messageId", 50);
            break;
          case "data":
            data = Codecs.readString(p, "data", -1);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (vendorId == null) {
        throw Codecs.missing("vendorId");
      }
      return new DataTransferRequest(vendorId, messageId, data);
    }

    @Override
    public void write(JsonGenerator g, DataTransferRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_VENDOR_ID);
      g.writeString(value.vendorId());
      if (value.messageId() != null) {
        g.writeFieldName(NAME_MESSAGE_ID);
        g.writeString(value.messageId());
      }
      if (value.data() != null) {
        g.writeFieldName(NAME_DATA);
        g.writeString(value.data());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(DataTransferRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "vendorId", value.vendorId(), 255);
      Codecs.checkLength(out, "messageId", value.messageId(), 50);
      return out;
    }
  }
}
