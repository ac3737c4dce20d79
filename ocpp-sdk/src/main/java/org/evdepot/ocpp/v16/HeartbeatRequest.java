// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code Heartbeat} request of OCPP 1.6, answered by {@link HeartbeatResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 */
public record HeartbeatRequest() implements OcppRequest<HeartbeatResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<HeartbeatRequest> CODEC = new Codec();

  /** The {@code Heartbeat} action. */
  @Override
  public ActionType<HeartbeatRequest, HeartbeatResponse> actionType() {
    return V16Actions.HEARTBEAT;
  }

  private static final class Codec implements MessageCodec<HeartbeatRequest> {
    @Override
    public HeartbeatRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        Codecs.unknownField(p, ctx, field);
      }
      return new HeartbeatRequest();
    }

    @Override
    public void write(JsonGenerator g, HeartbeatRequest value) throws IOException {
      g.writeStartObject();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(HeartbeatRequest value) {
      return List.of();
    }
  }
}
