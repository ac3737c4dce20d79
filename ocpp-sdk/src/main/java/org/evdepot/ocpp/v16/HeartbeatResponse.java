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
 * The {@code Heartbeat} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param currentTime required; written as UTC with at most millisecond precision
 */
public record HeartbeatResponse(
    Instant currentTime)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<HeartbeatResponse> CODEC = new Codec();

  private static final SerializedString NAME_CURRENT_TIME = new SerializedString("currentTime");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public HeartbeatResponse {
    Objects.requireNonNull(currentTime, "currentTime");
  }

  private static final class Codec implements MessageCodec<HeartbeatResponse> {
    @Override
    public HeartbeatResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      Instant currentTime = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "currentTime":
            currentTime = Codecs.readInstant(p, ctx, "currentTime");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (currentTime == null) {
        throw Codecs.missing("currentTime");
      }
      return new HeartbeatResponse(currentTime);
    }

    @Override
    public void write(JsonGenerator g, HeartbeatResponse value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CURRENT_TIME);
      Codecs.writeInstant(g, value.currentTime());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(HeartbeatResponse value) {
      return List.of();
    }
  }
}
