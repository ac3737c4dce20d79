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
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code GetConfiguration} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param configurationKey optional, null when absent
 * @param unknownKey optional, null when absent; each at most 50 characters
 */
public record GetConfigurationResponse(
    List<KeyValue> configurationKey,
    List<String> unknownKey)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetConfigurationResponse> CODEC = new Codec();

  private static final SerializedString NAME_CONFIGURATION_KEY =
      new SerializedString("configurationKey");
  private static final SerializedString NAME_UNKNOWN_KEY = new SerializedString("unknownKey");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetConfigurationResponse {
    configurationKey = configurationKey == null ? null : List.copyOf(configurationKey);
    unknownKey = unknownKey == null ? null : List.copyOf(unknownKey);
  }

  private static final class Codec implements MessageCodec<GetConfigurationResponse> {
    private static final ElementReader<KeyValue> ITEM_CONFIGURATION_KEY =
        (p, ctx) -> Codecs.readObject(p, ctx, "", KeyValue.CODEC);
    private static final ElementReader<String> ITEM_UNKNOWN_KEY =
        (p, ctx) -> Codecs.readString(p, "", 50);

    @Override
    public GetConfigurationResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      List<KeyValue> configurationKey = null;
      List<String> unknownKey = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "configurationKey":
            configurationKey =
                Codecs.readList(p, ctx, "configurationKey", 0, -1, ITEM_CONFIGURATION_KEY);
            break;
          case "unknownKey":
            unknownKey = Codecs.readList(p, ctx, "unknownKey", 0, -1, ITEM_UNKNOWN_KEY);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new GetConfigurationResponse(configurationKey, unknownKey);
    }

    @Override
    public void write(JsonGenerator g, GetConfigurationResponse value) throws IOException {
      g.writeStartObject();
      if (value.configurationKey() != null) {
        g.writeFieldName(NAME_CONFIGURATION_KEY);
        g.writeStartArray();
        for (KeyValue item : value.configurationKey()) {
          KeyValue.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      if (value.unknownKey() != null) {
        g.writeFieldName(NAME_UNKNOWN_KEY);
        g.writeStartArray();
        for (String item : value.unknownKey()) {
          g.writeString(item);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetConfigurationResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNestedList(out, "configurationKey", KeyValue.CODEC, value.configurationKey());
      Codecs.checkLengths(out, "unknownKey", value.unknownKey(), 50);
      return out;
    }
  }
}
