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
 * The {@code GetLog} request of OCPP 1.6, answered by {@link GetLogResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param log required
 * @param logType required
 * @param requestId required
 * @param retries optional, null when absent
 * @param retryInterval optional, null when absent
 */
public record GetLogRequest(
    LogParameters log,
    LogEnum logType,
    int requestId,
    Integer retries,
    Integer retryInterval)
    implements OcppRequest<GetLogResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetLogRequest> CODEC = new Codec();

  private static final SerializedString NAME_LOG = new SerializedString("log");
  private static final SerializedString NAME_LOG_TYPE = new SerializedString("logType");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_RETRIES = new SerializedString("retries");
  private static final SerializedString NAME_RETRY_INTERVAL = new SerializedString("retryInterval");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetLogRequest {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(logType, "logType");
  }

  /** The {@code GetLog} action. */
  @Override
  public ActionType<GetLogRequest, GetLogResponse> actionType() {
    return V16Actions.GET_LOG;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetLogRequest}; not thread-safe. */
  public static final class Builder {
    private LogParameters log;
    private LogEnum logType;
    private Integer requestId;
    private Integer retries;
    private Integer retryInterval;

    private Builder() {}

    /** Sets {@code log} (required). */
    public Builder log(LogParameters log) {
      this.log = log;
      return this;
    }

    /** Sets {@code logType} (required). */
    public Builder logType(LogEnum logType) {
      this.logType = logType;
      return this;
    }

    /** Sets {@code requestId} (required). */
    public Builder requestId(int requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets {@code retries} (optional). */
    public Builder retries(Integer retries) {
      this.retries = retries;
      return this;
    }

    /** Sets {@code retryInterval} (optional). */
    public Builder retryInterval(Integer retryInterval) {
      this.retryInterval = retryInterval;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public GetLogRequest build() {
      if (log == null) {
        throw new IllegalStateException("GetLogRequest.log is required but was not set");
      }
      if (logType == null) {
        throw new IllegalStateException("GetLogRequest.logType is required but was not set");
      }
      if (requestId == null) {
        throw new IllegalStateException("GetLogRequest.requestId is required but was not set");
      }
      GetLogRequest built = new GetLogRequest(log, logType, requestId, retries, retryInterval);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid GetLogRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetLogRequest> {
    @Override
    public GetLogRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      LogParameters log = null;
      LogEnum logType = null;
      int requestId = 0;
      boolean hasRequestId = false;
      Integer retries = null;
      Integer retryInterval = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "log":
            log = Codecs.readObject(p, ctx, "log", LogParameters.CODEC);
            break;
          case "logType":
            logType = LogEnum.read(p, ctx, "logType");
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            hasRequestId = true;
            break;
          case "retries":
            retries = Codecs.readInt(p, "retries");
            break;
          case "retryInterval":
            retryInterval = Codecs.readInt(p, "retryInterval");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (log == null) {
        throw Codecs.missing("log");
      }
      if (logType == null) {
        throw Codecs.missing("logType");
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      return new GetLogRequest(log, logType, requestId, retries, retryInterval);
    }

    @Override
    public void write(JsonGenerator g, GetLogRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_LOG);
      LogParameters.CODEC.write(g, value.log());
      g.writeFieldName(NAME_LOG_TYPE);
      g.writeString(value.logType().wireValue());
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      if (value.retries() != null) {
        g.writeFieldName(NAME_RETRIES);
        g.writeNumber(value.retries());
      }
      if (value.retryInterval() != null) {
        g.writeFieldName(NAME_RETRY_INTERVAL);
        g.writeNumber(value.retryInterval());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetLogRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "log", LogParameters.CODEC, value.log());
      return out;
    }
  }
}
