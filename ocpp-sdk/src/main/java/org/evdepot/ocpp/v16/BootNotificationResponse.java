// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code BootNotification} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param status required
 * @param currentTime required; written as UTC with at most millisecond precision
 * @param interval required
 */
public record BootNotificationResponse(
    RegistrationStatus status,
    Instant currentTime,
    int interval)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<BootNotificationResponse> CODEC = new Codec();

  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_CURRENT_TIME = new SerializedString("currentTime");
  private static final SerializedString NAME_INTERVAL = new SerializedString("interval");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public BootNotificationResponse {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(currentTime, "currentTime");
  }

  private static final class Codec implements MessageCodec<BootNotificationResponse> {
    @Override
    public BootNotificationResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      RegistrationStatus status = null;
      Instant currentTime = null;
      int interval = 0;
      boolean hasInterval = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "status":
            status = RegistrationStatus.read(p, ctx, "status");
            break;
          case "currentTime":
            currentTime = Codecs.readInstant(p, ctx, "currentTime");
            break;
          case "interval":
            interval = Codecs.readInt(p, "interval");
            hasInterval = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      if (currentTime == null) {
        throw Codecs.missing("currentTime");
      }
      if (!hasInterval) {
        throw Codecs.missing("interval");
      }
      return new BootNotificationResponse(status, currentTime, interval);
    }

    @Override
    public void write(JsonGenerator g, BootNotificationResponse value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      g.writeFieldName(NAME_CURRENT_TIME);
      Codecs.writeInstant(g, value.currentTime());
      g.writeFieldName(NAME_INTERVAL);
      g.writeNumber(value.interval());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(BootNotificationResponse value) {
      return List.of();
    }
  }
}
