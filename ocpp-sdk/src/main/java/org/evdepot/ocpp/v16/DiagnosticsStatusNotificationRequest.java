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
 * The {@code DiagnosticsStatusNotification} request of OCPP 1.6, answered by {@link
 * DiagnosticsStatusNotificationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param status required
 */
public record DiagnosticsStatusNotificationRequest(
    DiagnosticsStatus status)
    implements OcppRequest<DiagnosticsStatusNotificationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<DiagnosticsStatusNotificationRequest> CODEC = new Codec();

  private static final SerializedString NAME_STATUS = new SerializedString("status");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public DiagnosticsStatusNotificationRequest {
    Objects.requireNonNull(status, "status");
  }

  /** The {@code DiagnosticsStatusNotification} action. */
  @Override
  public ActionType<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse>
      actionType() {
    return V16Actions.DIAGNOSTICS_STATUS_NOTIFICATION;
  }

  private static final class Codec implements MessageCodec<DiagnosticsStatusNotificationRequest> {
    @Override
    public DiagnosticsStatusNotificationRequest read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      DiagnosticsStatus status = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "status":
            status = DiagnosticsStatus.read(p, ctx, "status");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new DiagnosticsStatusNotificationRequest(status);
    }

    @Override
    public void write(JsonGenerator g, DiagnosticsStatusNotificationRequest value)
        throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(DiagnosticsStatusNotificationRequest value) {
      return List.of();
    }
  }
}
