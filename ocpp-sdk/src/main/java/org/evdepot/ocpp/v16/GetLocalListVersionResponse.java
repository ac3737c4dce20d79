// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code GetLocalListVersion} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param listVersion required
 */
public record GetLocalListVersionResponse(
    int listVersion)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetLocalListVersionResponse> CODEC = new Codec();

  private static final SerializedString NAME_LIST_VERSION = new SerializedString("listVersion");

  private static final class Codec implements MessageCodec<GetLocalListVersionResponse> {
    @Override
    public GetLocalListVersionResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int listVersion = 0;
      boolean hasListVersion = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "listVersion":
            listVersion = Codecs.readInt(p, "listVersion");
            hasListVersion = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasListVersion) {
        throw Codecs.missing("listVersion");
      }
      return new GetLocalListVersionResponse(listVersion);
    }

    @Override
    public void write(JsonGenerator g, GetLocalListVersionResponse value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_LIST_VERSION);
      g.writeNumber(value.listVersion());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetLocalListVersionResponse value) {
      return List.of();
    }
  }
}
