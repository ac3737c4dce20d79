// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code Reset} request of OCPP 1.6, answered by {@link ResetResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param type required
 */
public record ResetRequest(
    ResetType type)
    implements OcppRequest<ResetResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ResetRequest> CODEC = new Codec();

  private static final SerializedString NAME_TYPE = new SerializedString("type");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ResetRequest {
    Objects.requireNonNull(type, "type");
  }

  /** The {@code Reset} action. */
  @Override
  public ActionType<ResetRequest, ResetResponse> actionType() {
    return V16Actions.RESET;
  }

  private static final class Codec implements MessageCodec<ResetRequest> {
    @Override
    public ResetRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      ResetType type = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "type":
            type = ResetType.read(p, ctx, "type");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (type == null) {
        throw Codecs.missing("type");
      }
      return new ResetRequest(type);
    }

    @Override
    public void write(JsonGenerator g, ResetRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_TYPE);
      g.writeString(value.type().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ResetRequest value) {
      return List.of();
    }
  }
}
