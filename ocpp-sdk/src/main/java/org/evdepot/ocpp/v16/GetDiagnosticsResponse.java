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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code GetDiagnostics} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param fileName optional, null when absent; at most 255 characters
 */
public record GetDiagnosticsResponse(
    String fileName)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetDiagnosticsResponse> CODEC = new Codec();

  private static final SerializedString NAME_FILE_NAME = new SerializedString("fileName");

  private static final class Codec implements MessageCodec<GetDiagnosticsResponse> {
    @Override
    public GetDiagnosticsResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String fileName = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "fileName":
            fileName = Codecs.readString(p, "fileName", 255);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new GetDiagnosticsResponse(fileName);
    }

    @Override
    public void write(JsonGenerator g, GetDiagnosticsResponse value) throws IOException {
      g.writeStartObject();
      if (value.fileName() != null) {
        g.writeFieldName(NAME_FILE_NAME);
        g.writeString(value.fileName());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetDiagnosticsResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "fileName", value.fileName(), 255);
      return out;
    }
  }
}
