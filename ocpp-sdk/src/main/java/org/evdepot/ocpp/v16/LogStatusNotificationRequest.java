// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code LogStatusNotification} request of OCPP 1.6, answered by {@link
 * LogStatusNotificationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param status required
 * @param requestId optional, null when absent
 */
public record LogStatusNotificationRequest(
    UploadLogStatusEnum status,
    Integer requestId)
    implements OcppRequest<LogStatusNotificationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<LogStatusNotificationRequest> CODEC = new Codec();

  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public LogStatusNotificationRequest {
    Objects.requireNonNull(status, "status");
  }

  /** The {@code LogStatusNotification} action. */
  @Override
  public ActionType<LogStatusNotificationRequest, LogStatusNotificationResponse> actionType() {
    return V16Actions.LOG_STATUS_NOTIFICATION;
  }

  private static final class Codec implements MessageCodec<LogStatusNotificationRequest> {
    @Override
    public LogStatusNotificationRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      UploadLogStatusEnum status = null;
      Integer requestId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "status":
            status = UploadLogStatusEnum.read(p, ctx, "status");
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new LogStatusNotificationRequest(status, requestId);
    }

    @Override
    public void write(JsonGenerator g, LogStatusNotificationRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      if (value.requestId() != null) {
        g.writeFieldName(NAME_REQUEST_ID);
        g.writeNumber(value.requestId());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(LogStatusNotificationRequest value) {
      return List.of();
    }
  }
}
