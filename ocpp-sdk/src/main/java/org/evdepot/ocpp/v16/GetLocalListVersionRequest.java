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
 * The {@code GetLocalListVersion} request of OCPP 1.6, answered by {@link
 * GetLocalListVersionResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 */
public record GetLocalListVersionRequest() implements OcppRequest<GetLocalListVersionResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetLocalListVersionRequest> CODEC = new Codec();

  /** The {@code GetLocalListVersion} action. */
  @Override
  public ActionType<GetLocalListVersionRequest, GetLocalListVersionResponse> actionType() {
    return V16Actions.GET_LOCAL_LIST_VERSION;
  }

  private static final class Codec implements MessageCodec<GetLocalListVersionRequest> {
    @Override
    public GetLocalListVersionRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        Codecs.unknownField(p, ctx, field);
      }
      return new GetLocalListVersionRequest();
    }

    @Override
    public void write(JsonGenerator g, GetLocalListVersionRequest value) throws IOException {
      g.writeStartObject();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetLocalListVersionRequest value) {
      return List.of();
    }
  }
}
