// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * Reference key to a component-variable.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param name required; at most 50 characters. Name of the variable. Name should be taken from
 *     the list of standardized variable names whenever possible. Case Insensitive. strongly advised
 *     to use Camel Case.
 * @param instance optional, null when absent; at most 50 characters. Name of instance in case
 *     the variable exists as multiple instances. Case Insensitive. strongly advised to use Camel
 *     Case.
 */
public record Variable(
    CustomData customData,
    String name,
    String instance) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<Variable> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_NAME = new SerializedString("name");
  private static final SerializedString NAME_INSTANCE = new SerializedString("instance");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public Variable {
    Objects.requireNonNull(name, "name");
  }

  private static final class Codec implements MessageCodec<Variable> {
    @Override
    public Variable read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String name = null;
      String instance = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "name":
            name = Codecs.readString(p, "name", 50);
            break;
          case "instance":
            instance = Codecs.readString(p, "instance", 50);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (name == null) {
        throw Codecs.missing("name");
      }
      return new Variable(customData, name, instance);
    }

    @Override
    public void write(JsonGenerator g, Variable value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_NAME);
      g.writeString(value.name());
      if (value.instance() != null) {
        g.writeFieldName(NAME_INSTANCE);
        g.writeString(value.instance());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(Variable value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "name", value.name(), 50);
      Codecs.checkLength(out, "instance", value.instance(), 50);
      return out;
    }
  }
}
