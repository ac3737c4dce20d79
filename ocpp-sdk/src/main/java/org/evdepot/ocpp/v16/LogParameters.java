// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * OCPP 1.6 type {@code LogParameters}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param remoteLocation required; at most 512 characters
 * @param oldestTimestamp optional, null when absent; written as UTC with at most millisecond
 *     precision
 * @param latestTimestamp optional, null when absent; written as UTC with at most millisecond
 *     precision
 */
public record LogParameters(
    String remoteLocation,
    Instant oldestTimestamp,
    Instant latestTimestamp) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<LogParameters> CODEC = new Codec();

  private static final SerializedString NAME_REMOTE_LOCATION =
      new SerializedString("remoteLocation");
  private static final SerializedString NAME_OLDEST_TIMESTAMP =
      new SerializedString("oldestTimestamp");
  private static final SerializedString NAME_LATEST_TIMESTAMP =
      new SerializedString("latestTimestamp");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public LogParameters {
    Objects.requireNonNull(remoteLocation, "remoteLocation");
  }

  private static final class Codec implements MessageCodec<LogParameters> {
    @Override
    public LogParameters read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String remoteLocation = null;
      Instant oldestTimestamp = null;
      Instant latestTimestamp = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "remoteLocation":
            remoteLocation = Codecs.readString(p, "remoteLocation", 512);
            break;
          case "oldestTimestamp":
            oldestTimestamp = Codecs.readInstant(p, ctx, "oldestTimestamp");
            break;
          case "latestTimestamp":
            latestTimestamp = Codecs.readInstant(p, ctx, "latestTimestamp");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (remoteLocation == null) {
        throw Codecs.missing("remoteLocation");
      }
      return new LogParameters(remoteLocation, oldestTimestamp, latestTimestamp);
    }

    @Override
    public void write(JsonGenerator g, LogParameters value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_REMOTE_LOCATION);
      g.writeString(value.remoteLocation());
      if (value.oldestTimestamp() != null) {
        g.writeFieldName(NAME_OLDEST_TIMESTAMP);
        Codecs.writeInstant(g, value.oldestTimestamp());
      }
      if (value.latestTimestamp() != null) {
        g.writeFieldName(NAME_LATEST_TIMESTAMP);
        Codecs.writeInstant(g, value.latestTimestamp());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(LogParameters value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "remoteLocation", value.remoteLocation(), 512);
      return out;
    }
  }
}
