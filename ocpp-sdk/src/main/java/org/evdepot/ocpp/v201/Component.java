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
 * A physical or logical component
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param evse optional, null when absent. EVSE Electric Vehicle Supply Equipment
 * @param name required; at most 50 characters. Name of the component. Name should be taken from
 *     the list of standardized component names whenever possible. Case Insensitive. strongly
 *     advised to use Camel Case.
 * @param instance optional, null when absent; at most 50 characters. Name of instance in case
 *     the component exists as multiple instances. Case Insensitive. strongly advised to use Camel
 *     Case.
 */
public record Component(
    CustomData customData,
    EVSE evse,
    String name,
    String instance) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<Component> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_EVSE = new SerializedString("evse");
  private static final SerializedString NAME_NAME = new SerializedString("name");
  private static final SerializedString NAME_INSTANCE = new SerializedString("instance");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public Component {
    Objects.requireNonNull(name, "name");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Component}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private EVSE evse;
    private String name;
    private String instance;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code evse} (optional). */
    public Builder evse(EVSE evse) {
      this.evse = evse;
      return this;
    }

    /** Sets {@code name} (required). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets {@code instance} (optional). */
    public Builder instance(String instance) {
      this.instance = instance;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public Component build() {
      if (name == null) {
        throw new IllegalStateException("Component.name is required but was not set");
      }
      Component built = new Component(customData, evse, name, instance);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid Component: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<Component> {
    @Override
    public Component read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      EVSE evse = null;
      String name = null;
      String instance = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "evse":
            evse = Codecs.readObject(p, ctx, "evse", EVSE.CODEC);
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
      return new Component(customData, evse, name, instance);
    }

    @Override
    public void write(JsonGenerator g, Component value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.evse() != null) {
        g.writeFieldName(NAME_EVSE);
        EVSE.CODEC.write(g, value.evse());
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
    public List<Violation> validate(Component value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "evse", EVSE.CODEC, value.evse());
      Codecs.checkLength(out, "name", value.name(), 50);
      Codecs.checkLength(out, "instance", value.instance(), 50);
      return out;
    }
  }
}
