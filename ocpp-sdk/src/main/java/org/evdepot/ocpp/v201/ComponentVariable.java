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
 * Class to report components, variables and variable attributes and characteristics.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param component required. A physical or logical component
 * @param variable optional, null when absent. Reference key to a component-variable.
 */
public record ComponentVariable(
    CustomData customData,
    Component component,
    Variable variable) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ComponentVariable> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_COMPONENT = new SerializedString("component");
  private static final SerializedString NAME_VARIABLE = new SerializedString("variable");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ComponentVariable {
    Objects.requireNonNull(component, "component");
  }

  private static final class Codec implements MessageCodec<ComponentVariable> {
    @Override
    public ComponentVariable read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Component component = null;
      Variable variable = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "component":
            component = Codecs.readObject(p, ctx, "component", Component.CODEC);
            break;
          case "variable":
            variable = Codecs.readObject(p, ctx, "variable", Variable.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (component == null) {
        throw Codecs.missing("component");
      }
      return new ComponentVariable(customData, component, variable);
    }

    @Override
    public void write(JsonGenerator g, ComponentVariable value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_COMPONENT);
      Component.CODEC.write(g, value.component());
      if (value.variable() != null) {
        g.writeFieldName(NAME_VARIABLE);
        Variable.CODEC.write(g, value.variable());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ComponentVariable value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "component", Component.CODEC, value.component());
      Codecs.checkNested(out, "variable", Variable.CODEC, value.variable());
      return out;
    }
  }
}
