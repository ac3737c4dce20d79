// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.JsonTrees;

/**
 * This class does not get 'AdditionalProperties = false' in the schema generation, so it can be
 * extended with arbitrary JSON properties to allow adding custom data.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 * Properties the schema does not name are kept in {@code extensions}.
 *
 * @param vendorId required; at most 255 characters
 * @param extensions properties not named by the schema, in the order read; never null
 */
public record CustomData(
    String vendorId,
    Map<String, JsonNode> extensions) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<CustomData> CODEC = new Codec();

  private static final SerializedString NAME_VENDOR_ID = new SerializedString("vendorId");

  /**
   * Creates the value; extensions are copied into an immutable, ordered map.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public CustomData {
    Objects.requireNonNull(vendorId, "vendorId");
    extensions =
        extensions == null || extensions.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  /** Creates the value without extension properties. */
  public CustomData(String vendorId) {
    this(vendorId, Map.of());
  }

  private static final class Codec implements MessageCodec<CustomData> {
    @Override
    public CustomData read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String vendorId = null;
      Map<String, JsonNode> extensions = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "vendorId":
            vendorId = Codecs.readString(p, "vendorId", 255);
            break;
          default:
            if (extensions == null) {
              extensions = new LinkedHashMap<>();
            }
            extensions.put(field, JsonTrees.read(p));
        }
      }
      if (vendorId == null) {
        throw Codecs.missing("vendorId");
      }
      return new CustomData(vendorId, extensions);
    }

    @Override
    public void write(JsonGenerator g, CustomData value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_VENDOR_ID);
      g.writeString(value.vendorId());
      for (Map.Entry<String, JsonNode> e : value.extensions().entrySet()) {
        g.writeFieldName(e.getKey());
        JsonTrees.write(g, e.getValue());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(CustomData value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "vendorId", value.vendorId(), 255);
      return out;
    }
  }
}
