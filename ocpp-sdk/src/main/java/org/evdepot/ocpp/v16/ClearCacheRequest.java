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
 * The {@code ClearCache} request of OCPP 1.6, answered by {@link ClearCacheResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 */
public record ClearCacheRequest() implements OcppRequest<ClearCacheResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ClearCacheRequest> CODEC = new Codec();

  /** The {@code ClearCache} action. */
  @Override
  public ActionType<ClearCacheRequest, ClearCacheResponse> actionType() {
    return V16Actions.CLEAR_CACHE;
  }

  private static final class Codec implements MessageCodec<ClearCacheRequest> {
    @Override
    public ClearCacheRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        Codecs.unknownField(p, ctx, field);
      }
      return new ClearCacheRequest();
    }

    @Override
    public void write(JsonGenerator g, ClearCacheRequest value) throws IOException {
      g.writeStartObject();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ClearCacheRequest value) {
      return List.of();
    }
  }
}
