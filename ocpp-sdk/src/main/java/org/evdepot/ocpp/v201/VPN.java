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
 * VPN VPN Configuration settings
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param server required; at most 512 characters. VPN Server Address
 * @param user required; at most 20 characters. VPN User
 * @param group optional, null when absent; at most 20 characters. VPN group.
 * @param password required; at most 20 characters. VPN Password.
 * @param key required; at most 255 characters. VPN shared secret.
 * @param type required. Type of VPN
 */
public record VPN(
    CustomData customData,
    String server,
    String user,
    String group,
    String password,
    String key,
    VPNEnum type) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<VPN> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_SERVER = new SerializedString("server");
  private static final SerializedString NAME_USER = new SerializedString("user");
  private static final SerializedString NAME_GROUP = new SerializedString("group");
  private static final SerializedString NAME_PASSWORD = new SerializedString("password");
  private static final SerializedString NAME_KEY = new SerializedString("key");
  private static final SerializedString NAME_TYPE = new SerializedString("type");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public VPN {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
  }

  /** Like the default record string, but passwords are masked so that logs never hold them. */
  @Override
  public String toString() {
    return "VPN["
        + "customData=" + customData
        + ", server=" + server
        + ", user=" + user
        + ", group=" + group
        + ", password=" + (password == null ? "null" : "****")
        + ", key=" + key
        + ", type=" + type
        + "]";
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VPN}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String server;
    private String user;
    private String group;
    private String password;
    private String key;
    private VPNEnum type;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code server} (required). */
    public Builder server(String server) {
      this.server = server;
      return this;
    }

    /** Sets {@code user} (required). */
    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /** Sets {@code group} (optional). */
    public Builder group(String group) {
      this.group = group;
      return this;
    }

    /** Sets {@code password} (required). */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** Sets {@code key} (required). */
    public Builder key(String key) {
      this.key = key;
      return this;
    }

    /** Sets {@code type} (required). */
    public Builder type(VPNEnum type) {
      this.type = type;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public VPN build() {
      if (server == null) {
        throw new IllegalStateException("VPN.server is required but was not set");
      }
      if (user == null) {
        throw new IllegalStateException("VPN.user is required but was not set");
      }
      if (password == null) {
        throw new IllegalStateException("VPN.password is required but was not set");
      }
      if (key == null) {
        throw new IllegalStateException("VPN.key is required but was not set");
      }
      if (type == null) {
        throw new IllegalStateException("VPN.type is required but was not set");
      }
      VPN built = new VPN(customData, server, user, group, password, key, type);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid VPN: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<VPN> {
    @Override
    public VPN read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String server = null;
      String user = null;
      String group = null;
      String password = null;
      String key = null;
      VPNEnum type = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "server":
            server = Codecs.readString(p, "server", 512);
            break;
          case "user":
            user = Codecs.readString(p, "user", 20);
            break;
          case "group":
            group = Codecs.readString(p, "group", 20);
            break;
          case "password":
            password = Codecs.readString(p, "password", 20);
            break;
          case "key":
            key = Codecs.readString(p, "key", 255);
            break;
          case "type":
            type = VPNEnum.read(p, ctx, "type");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (server == null) {
        throw Codecs.missing("server");
      }
      if (user == null) {
        throw Codecs.missing("user");
      }
      if (password == null) {
        throw Codecs.missing("password");
      }
      if (key == null) {
        throw Codecs.missing("key");
      }
      if (type == null) {
        throw Codecs.missing("type");
      }
      return new VPN(customData, server, user, group, password, key, type);
    }

    @Override
    public void write(JsonGenerator g, VPN value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_SERVER);
      g.writeString(value.server());
      g.writeFieldName(NAME_USER);
      g.writeString(value.user());
      if (value.group() != null) {
        g.writeFieldName(NAME_GROUP);
        g.writeString(value.group());
      }
      g.writeFieldName(NAME_PASSWORD);
      g.writeString(value.password());
      g.writeFieldName(NAME_KEY);
      g.writeString(value.key());
      g.writeFieldName(NAME_TYPE);
      g.writeString(value.type().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(VPN value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "server", value.server(), 512);
      Codecs.checkLength(out, "user", value.user(), 20);
      Codecs.checkLength(out, "group", value.group(), 20);
      Codecs.checkLength(out, "password", value.password(), 20);
      Codecs.checkLength(out, "key", value.key(), 255);
      return out;
    }
  }
}
