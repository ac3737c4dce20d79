// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
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
 * The {@code SecurityEventNotification} request of OCPP 1.6, answered by {@link
 * SecurityEventNotificationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param type required; at most 50 characters
 * @param timestamp required; written as UTC with at most millisecond precision
 * @param techInfo optional, null when absent; at most 255 characters
 */
public record SecurityEventNotificationRequest(
    String type,
    Instant timestamp,
    String techInfo)
    implements OcppRequest<SecurityEventNotificationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SecurityEventNotificationRequest> CODEC = new Codec();

  private static final SerializedString NAME_TYPE = new SerializedString("type");
  private static final SerializedString NAME_TIMESTAMP = new SerializedString("timestamp");
  private static final SerializedString NAME_TECH_INFO = new SerializedString("techInfo");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SecurityEventNotificationRequest {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /** The {@code SecurityEventNotification} action. */
  @Override
  public ActionType<SecurityEventNotificationRequest, SecurityEventNotificationResponse>
      actionType() {
    return V16Actions.SECURITY_EVENT_NOTIFICATION;
  }

  private static final class Codec implements MessageCodec<SecurityEventNotificationRequest> {
    @Override
    public SecurityEventNotificationRequest read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      String type = null;
      Instant timestamp = null;
      String techInfo = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "type":
            type = Codecs.readString(p, "type", 50);
            break;
          case "timestamp":
            timestamp = Codecs.readInstant(p, ctx, "timestamp");
            break;
          case "techInfo":
            techInfo = Codecs.readString(p, "techInfo", 255);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (type == null) {
        throw Codecs.missing("type");
      }
      if (timestamp == null) {
        throw Codecs.missing("timestamp");
      }
      return new SecurityEventNotificationRequest(type, timestamp, techInfo);
    }

    @Override
    public void write(JsonGenerator g, SecurityEventNotificationRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_TYPE);
      g.writeString(value.type());
      g.writeFieldName(NAME_TIMESTAMP);
      Codecs.writeInstant(g, value.timestamp());
      if (value.techInfo() != null) {
        g.writeFieldName(NAME_TECH_INFO);
        g.writeString(value.techInfo());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SecurityEventNotificationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "type", value.type(), 50);
      Codecs.checkLength(out, "techInfo", value.techInfo(), 255);
      return out;
    }
  }
}
