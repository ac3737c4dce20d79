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

/**
 * The {@code ChangeConfiguration} request of OCPP 1.6, answered by {@link
 * ChangeConfigurationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param key required; at most 50 characters
 * @param value required; at most 500 characters
 */
public record ChangeConfigurationRequest(
    String key,
    String value)
    implements OcppRequest<ChangeConfigurationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChangeConfigurationRequest> CODEC = new Codec();

  private static final SerializedString NAME_KEY = new SerializedString("key");
  private static final SerializedString NAME_VALUE = new SerializedString("value");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChangeConfigurationRequest {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }

  /** The {@code ChangeConfiguration} action. */
  @Override
  public ActionType<ChangeConfigurationRequest, ChangeConfigurationResponse> actionType() {
    return V16Actions.CHANGE_CONFIGURATION;
  }

  private static final class Codec implements MessageCodec<ChangeConfigurationRequest> {
    @Override
    public ChangeConfigurationRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String key = null;
      String value = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "key":
            key = Codecs.readString(p, "key", 50);
            break;
          case "value":
            value = Codecs.readString(p, "value", 500);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (key == null) {
        throw Codecs.missing("key");
      }
      if (value == null) {
        throw Codecs.missing("value");
      }
      return new ChangeConfigurationRequest(key, value);
    }

    @Override
    public void write(JsonGenerator g, ChangeConfigurationRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_KEY);
      g.writeString(value.key());
      g.writeFieldName(NAME_VALUE);
      g.writeString(value.value());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChangeConfigurationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "key", value.key(), 50);
      Codecs.checkLength(out, "value", value.value(), 500);
      return out;
    }
  }
}
