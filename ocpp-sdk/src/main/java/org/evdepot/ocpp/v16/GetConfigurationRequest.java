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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code GetConfiguration} request of OCPP 1.6, answered by {@link GetConfigurationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param key optional, null when absent; each at most 50 characters
 */
public record GetConfigurationRequest(
    List<String> key)
    implements OcppRequest<GetConfigurationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetConfigurationRequest> CODEC = new Codec();

  private static final SerializedString NAME_KEY = new SerializedString("key");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetConfigurationRequest {
    key = key == null ? null : List.copyOf(key);
  }

  /** The {@code GetConfiguration} action. */
  @Override
  public ActionType<GetConfigurationRequest, GetConfigurationResponse> actionType() {
    return V16Actions.GET_CONFIGURATION;
  }

  private static final class Codec implements MessageCodec<GetConfigurationRequest> {
    private static final ElementReader<String> ITEM_KEY =
        (p, ctx) -> Codecs.readString(p, "", 50);

    @Override
    public GetConfigurationRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      List<String> key = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "key":
            key = Codecs.readList(p, ctx, "key", 0, -1, ITEM_KEY);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new GetConfigurationRequest(key);
    }

    @Override
    public void write(JsonGenerator g, GetConfigurationRequest value) throws IOException {
      g.writeStartObject();
      if (value.key() != null) {
        g.writeFieldName(NAME_KEY);
        g.writeStartArray();
        for (String item : value.key()) {
          g.writeString(item);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetConfigurationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLengths(out, "key", value.key(), 50);
      return out;
    }
  }
}
