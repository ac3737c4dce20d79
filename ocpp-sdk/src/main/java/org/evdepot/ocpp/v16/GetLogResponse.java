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
import java.util.Objects;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code GetLog} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param status required
 * @param filename optional, null when absent; at most 255 characters
 */
public record GetLogResponse(
    LogStatusEnum status,
    String filename)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetLogResponse> CODEC = new Codec();

  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_FILENAME = new SerializedString("filename");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetLogResponse {
    Objects.requireNonNull(status, "status");
  }

  private static final class Codec implements MessageCodec<GetLogResponse> {
    @Override
    public GetLogResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      LogStatusEnum status = null;
      String filename = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "status":
            status = LogStatusEnum.read(p, ctx, "status");
            break;
          case "filename":
            filename = Codecs.readString(p, "filename", 255);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new GetLogResponse(status, filename);
    }

    @Override
    public void write(JsonGenerator g, GetLogResponse value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      if (value.filename() != null) {
        g.writeFieldName(NAME_FILENAME);
        g.writeString(value.filename());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetLogResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "filename", value.filename(), 255);
      return out;
    }
  }
}
