// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code FirmwareStatusNotification} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 */
public record FirmwareStatusNotificationResponse() implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<FirmwareStatusNotificationResponse> CODEC = new Codec();

  private static final class Codec implements MessageCodec<FirmwareStatusNotificationResponse> {
    @Override
    public FirmwareStatusNotificationResponse read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        Codecs.unknownField(p, ctx, field);
      }
      return new FirmwareStatusNotificationResponse();
    }

    @Override
    public void write(JsonGenerator g, FirmwareStatusNotificationResponse value)
        throws IOException {
      g.writeStartObject();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(FirmwareStatusNotificationResponse value) {
      return List.of();
    }
  }
}
