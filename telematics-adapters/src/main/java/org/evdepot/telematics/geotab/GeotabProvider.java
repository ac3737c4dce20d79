package org.evdepot.telematics.geotab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.FetchRequest;
import org.evdepot.telematics.FetchResult;
import org.evdepot.telematics.Location;
import org.evdepot.telematics.Observation;
import org.evdepot.telematics.Plausibility;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.ProviderCapabilities;
import org.evdepot.telematics.Quality;
import org.evdepot.telematics.SocBasis;
import org.evdepot.telematics.StateOfCharge;
import org.evdepot.telematics.TelematicsException;
import org.evdepot.telematics.TelematicsProvider;
import org.evdepot.telematics.Units;
import org.evdepot.telematics.VehicleFailure;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.auth.Secret;
import org.evdepot.telematics.internal.HttpSupport;
import org.evdepot.telematics.internal.Json;

/**
 * MyGeotab JSON-RPC API ({@code POST /apiv1}). One fetch sends one {@code ExecuteMultiCall} with,
 * per device: {@code Get StatusData} of the EV state-of-charge diagnostic ({@code
 * DiagnosticStateOfChargeId}, percent) and of the odometer ({@code DiagnosticOdometerId}, metres),
 * both searched at {@code fromDate = toDate = now} so the server returns the latest value; {@code
 * Get DeviceStatusInfo} (position, bearing, speed in km/h); and {@code Get ChargeEvent} of the last
 * week (energy of the last charge; estimated when {@code chargeIsEstimated}); and {@code Get
 * StatusData} of the EV charging-state diagnostic ({@code
 * DiagnosticElectricVehicleChargingStateId}: 0 not charging, 1 AC charging, 2 DC charging; any
 * other value is {@link ChargingState#UNKNOWN}). A charging vehicle is plugged in, so that plug
 * state is derived and {@link Quality#ESTIMATED}; no plug-state diagnostic is read, so a vehicle
 * that is not charging has no plug state (it may be plugged in and done, or unplugged).
 *
 * <p>Calls go to the server named by {@code Authenticate}'s {@code path} ({@link GeotabSession}).
 *
 * <p>Errors come as JSON-RPC {@code error} objects: {@code InvalidUserException} (session expired:
 * authenticate again and retry once), {@code OverLimitException} (rate limited).
 */
public final class GeotabProvider implements TelematicsProvider {
  /** Diagnostic id of the EV battery state of charge. */
  public static final String SOC_DIAGNOSTIC = "DiagnosticStateOfChargeId";

  /** Diagnostic id of the odometer. */
  public static final String ODOMETER_DIAGNOSTIC = "DiagnosticOdometerId";

  /** Diagnostic id of the EV charging state (0 not charging, 1 AC, 2 DC). */
  public static final String CHARGING_STATE_DIAGNOSTIC = "DiagnosticElectricVehicleChargingStateId";

  private static final int CALLS_PER_DEVICE = 5;

  private final String id;
  private final URI endpoint;
  private final GeotabSession session;
  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;
  private final Plausibility plausibility;
  private final int maxBatch;
  private final Duration overLimitDelay;
  private final ObjectMapper mapper = new ObjectMapper();

  private GeotabProvider(Builder b) {
    this.id = b.id;
    this.endpoint = b.endpoint;
    this.http = b.http != null ? b.http : HttpSupport.defaultClient();
    this.timeout = b.timeout;
    this.clock = b.clock;
    this.plausibility = b.plausibility;
    this.maxBatch = b.maxBatch;
    this.overLimitDelay = b.overLimitDelay;
    this.session =
        new GeotabSession(
            b.id, b.endpoint, b.database, b.userName, b.password, http, b.timeout, b.clock);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String id() {
    return id;
  }

  /** Many devices per {@code ExecuteMultiCall}; no wake (the device reports by itself). */
  @Override
  public ProviderCapabilities capabilities() {
    return new ProviderCapabilities(maxBatch, false, false);
  }

  /** The session (for tests and metrics). */
  public GeotabSession session() {
    return session;
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    Instant now = clock.instant();
    JsonNode results;
    try {
      results = multiCall(request.vehicles(), now);
    } catch (TelematicsException e) {
      if (e.code() != ErrorCode.AUTHENTICATION || e.httpStatus() != 0) {
        throw e;
      }
      session.invalidate();
      results = multiCall(request.vehicles(), now);
    }
    Instant receivedAt = clock.instant();
    if (!results.isArray() || results.size() != request.vehicles().size() * CALLS_PER_DEVICE) {
      throw new TelematicsException(
          ErrorCode.MALFORMED_RESPONSE,
          id,
          "ExecuteMultiCall answered "
              + results.size()
              + " results for "
              + request.vehicles().size() * CALLS_PER_DEVICE
              + " calls");
    }
    List<VehicleSnapshot> snapshots = new ArrayList<>();
    List<VehicleFailure> failures = new ArrayList<>();
    for (int i = 0; i < request.vehicles().size(); i++) {
      VehicleRef ref = request.vehicles().get(i);
      int base = i * CALLS_PER_DEVICE;
      VehicleSnapshot s =
          decode(
              ref,
              results.get(base),
              results.get(base + 1),
              results.get(base + 2),
              results.get(base + 3),
              results.get(base + 4),
              receivedAt);
      snapshots.add(plausibility.check(s, receivedAt).snapshot());
    }
    return new FetchResult(snapshots, failures);
  }

  private JsonNode multiCall(List<VehicleRef> vehicles, Instant now) {
    ObjectNode body = mapper.createObjectNode();
    body.put("method", "ExecuteMultiCall");
    ObjectNode params = body.putObject("params");
    ArrayNode calls = params.putArray("calls");
    String nowText = now.toString();
    String weekAgo = now.minus(Duration.ofDays(7)).toString();
    for (VehicleRef ref : vehicles) {
      String device = ref.providerVehicleRef();
      statusDataCall(calls, device, SOC_DIAGNOSTIC, nowText);
      statusDataCall(calls, device, ODOMETER_DIAGNOSTIC, nowText);
      ObjectNode dsi = calls.addObject();
      dsi.put("method", "Get");
      ObjectNode dp = dsi.putObject("params");
      dp.put("typeName", "DeviceStatusInfo");
      dp.putObject("search").putObject("deviceSearch").put("id", device);
      ObjectNode ce = calls.addObject();
      ce.put("method", "Get");
      ObjectNode cp = ce.putObject("params");
      cp.put("typeName", "ChargeEvent");
      ObjectNode cs = cp.putObject("search");
      cs.putObject("deviceSearch").put("id", device);
      cs.put("fromDate", weekAgo);
      statusDataCall(calls, device, CHARGING_STATE_DIAGNOSTIC, nowText);
    }
    params.set("credentials", session.credentials());
    String json = body.toString();
    HttpRequest request =
        HttpRequest.newBuilder(session.callEndpoint())
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response = HttpSupport.send(http, request, id);
    HttpSupport.raiseForStatus(response, id, clock);
    JsonNode root = HttpSupport.parse(mapper, response.body(), id);
    // OverLimitException comes with a Retry-After header; the configured delay is the fallback
    raiseRpcError(root, id, HttpSupport.retryAfter(response, clock).orElse(overLimitDelay));
    JsonNode result = root.get("result");
    if (result == null) {
      throw new TelematicsException(ErrorCode.MALFORMED_RESPONSE, id, "answer has no result");
    }
    return result;
  }

  private static void statusDataCall(ArrayNode calls, String device, String diag, String now) {
    ObjectNode call = calls.addObject();
    call.put("method", "Get");
    ObjectNode p = call.putObject("params");
    p.put("typeName", "StatusData");
    ObjectNode search = p.putObject("search");
    search.putObject("deviceSearch").put("id", device);
    search.putObject("diagnosticSearch").put("id", diag);
    search.put("fromDate", now);
    search.put("toDate", now);
  }

  static void raiseRpcError(JsonNode root, String providerId) {
    raiseRpcError(root, providerId, Duration.ofMinutes(1));
  }

  /** Throws the typed failure for a JSON-RPC {@code error} answer. */
  static void raiseRpcError(JsonNode root, String providerId, Duration overLimitDelay) {
    JsonNode error = root.get("error");
    if (error == null || error.isNull()) {
      return;
    }
    String name = error.path("errors").path(0).path("name").asText("");
    if (name.isEmpty()) {
      name = error.path("data").path("type").asText(error.path("name").asText("JSONRPCError"));
    }
    String message = error.path("message").asText("");
    ErrorCode code =
        switch (name) {
          case "InvalidUserException", "DbUnavailableException" ->
              name.startsWith("Invalid")
                  ? ErrorCode.AUTHENTICATION
                  : ErrorCode.PROVIDER_UNAVAILABLE;
          case "OverLimitException" -> ErrorCode.RATE_LIMITED;
          case "ArgumentException", "MissingMethodException" -> ErrorCode.REQUEST_REJECTED;
          default -> ErrorCode.PROVIDER_UNAVAILABLE;
        };
    Duration retryAfter = code == ErrorCode.RATE_LIMITED ? overLimitDelay : null;
    throw new TelematicsException(
        code, providerId, 0, retryAfter, name + (message.isEmpty() ? "" : ": " + message), null);
  }

  /** Decodes the first four results of one device, without charging state. */
  public static VehicleSnapshot decode(
      VehicleRef ref,
      JsonNode soc,
      JsonNode odometer,
      JsonNode statusInfo,
      JsonNode chargeEvents,
      Instant receivedAt) {
    return decode(ref, soc, odometer, statusInfo, chargeEvents, null, receivedAt);
  }

  /**
   * Decodes the five results of one device. Public for benchmarks and tests.
   *
   * @param ref the vehicle
   * @param soc the {@code StatusData} array of the state-of-charge diagnostic
   * @param odometer the {@code StatusData} array of the odometer diagnostic
   * @param statusInfo the {@code DeviceStatusInfo} array
   * @param chargeEvents the {@code ChargeEvent} array
   * @param chargingState the {@code StatusData} array of the charging-state diagnostic, or null
   * @param receivedAt when the answer arrived
   * @return the snapshot (not yet plausibility-checked)
   */
  public static VehicleSnapshot decode(
      VehicleRef ref,
      JsonNode soc,
      JsonNode odometer,
      JsonNode statusInfo,
      JsonNode chargeEvents,
      JsonNode chargingState,
      Instant receivedAt) {
    VehicleSnapshot.Builder b = VehicleSnapshot.builder(ref, receivedAt);
    JsonNode cst = latestBy(chargingState, "dateTime");
    double code = cst == null ? Double.NaN : Json.number(cst, "data");
    if (!Double.isNaN(code)) {
      // StatusData values are doubles on the wire: 0, 1 and 2 may come as 1.0 etc.
      ChargingState state =
          code == 0
              ? ChargingState.IDLE
              : code == 1 || code == 2 ? ChargingState.CHARGING : ChargingState.UNKNOWN;
      Instant t = Json.instant(cst, "dateTime");
      b.chargingState(Observation.of(state, t, null, receivedAt));
      if (state == ChargingState.CHARGING) {
        b.plugState(Observation.of(PlugState.PLUGGED, t, null, receivedAt, Quality.ESTIMATED));
      }
    }
    JsonNode s = latestBy(soc, "dateTime");
    if (s != null && !Double.isNaN(Json.number(s, "data"))) {
      b.stateOfCharge(
          Observation.of(
              new StateOfCharge(Json.number(s, "data"), SocBasis.UNKNOWN),
              Json.instant(s, "dateTime"),
              null,
              receivedAt));
    }
    JsonNode o = latestBy(odometer, "dateTime");
    if (o != null && !Double.isNaN(Json.number(o, "data"))) {
      b.odometerKm(
          Observation.of(
              Units.kmFromMetres(Json.number(o, "data")),
              Json.instant(o, "dateTime"),
              null,
              receivedAt));
    }
    JsonNode d = latestBy(statusInfo, "dateTime");
    if (d != null) {
      double lat = Json.number(d, "latitude");
      double lon = Json.number(d, "longitude");
      if (!Double.isNaN(lat) && !Double.isNaN(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
        b.location(
            Observation.of(
                new Location(
                    lat, lon, Double.NaN, Json.number(d, "bearing"), Json.number(d, "speed")),
                Json.instant(d, "dateTime"),
                null,
                receivedAt));
      }
    }
    JsonNode c = latestBy(chargeEvents, "startTime");
    if (c != null && !Double.isNaN(Json.number(c, "energyConsumedKwh"))) {
      Instant start = Json.instant(c, "startTime");
      Duration duration = timeSpan(Json.text(c, "duration"));
      Instant end = start;
      if (start != null && duration != null) {
        try {
          end = start.plus(duration);
        } catch (java.time.DateTimeException | ArithmeticException e) {
          end = null;
        }
      }
      Boolean estimated = Json.bool(c, "chargeIsEstimated");
      b.energyAddedKwh(
          Observation.of(
              Json.number(c, "energyConsumedKwh"),
              end,
              null,
              receivedAt,
              Boolean.TRUE.equals(estimated) ? Quality.ESTIMATED : Quality.FRESH));
    }
    return b.build();
  }

  private static JsonNode latestBy(JsonNode array, String timeField) {
    if (array == null || !array.isArray()) {
      return null;
    }
    JsonNode best = null;
    Instant bestTime = null;
    for (JsonNode n : array) {
      Instant t = Json.instant(n, timeField);
      if (t != null && (bestTime == null || t.isAfter(bestTime))) {
        best = n;
        bestTime = t;
      }
    }
    return best;
  }

  /** Parses a .NET TimeSpan ({@code [d.]hh:mm:ss[.fffffff]}); {@code null} when unparseable. */
  static Duration timeSpan(String text) {
    if (text == null) {
      return null;
    }
    try {
      long days = 0;
      String rest = text;
      int colon = text.indexOf(':');
      int dot = text.indexOf('.');
      if (dot >= 0 && dot < colon) {
        days = Long.parseLong(text.substring(0, dot));
        rest = text.substring(dot + 1);
      }
      String[] parts = rest.split(":");
      if (parts.length != 3) {
        return null;
      }
      double seconds = Double.parseDouble(parts[2]);
      return Duration.ofDays(days)
          .plusHours(Long.parseLong(parts[0]))
          .plusMinutes(Long.parseLong(parts[1]))
          .plusNanos(Math.round(seconds * 1e9));
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "GeotabProvider[" + id + ", " + endpoint + ", " + session + "]";
  }

  /** Builds a {@link GeotabProvider}. */
  public static final class Builder {
    private String id = "geotab";
    private URI endpoint = URI.create("https://my.geotab.com/apiv1");
    private String database;
    private String userName;
    private Secret password;
    private HttpClient http;
    private Duration timeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Plausibility plausibility = Plausibility.standard();
    private int maxBatch = 25;
    private Duration overLimitDelay = Duration.ofMinutes(1);

    private Builder() {}

    /** The provider id (default {@code geotab}). */
    public Builder id(String value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /** The JSON-RPC endpoint (default {@code https://my.geotab.com/apiv1}). */
    public Builder endpoint(URI value) {
      this.endpoint = Objects.requireNonNull(value, "endpoint");
      return this;
    }

    /** Database, service user and password. */
    public Builder credentials(String database, String userName, Secret password) {
      this.database = database;
      this.userName = userName;
      this.password = password;
      return this;
    }

    /** The HTTP client. */
    public Builder httpClient(HttpClient value) {
      this.http = value;
      return this;
    }

    /** The request timeout (default 30 s). */
    public Builder timeout(Duration value) {
      this.timeout = Objects.requireNonNull(value, "timeout");
      return this;
    }

    /** The clock. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The plausibility checks. */
    public Builder plausibility(Plausibility value) {
      this.plausibility = Objects.requireNonNull(value, "plausibility");
      return this;
    }

    /** Devices per multi-call (default 25, i.e. 100 calls). */
    public Builder maxBatch(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxBatch must be at least 1 but was " + value);
      }
      this.maxBatch = value;
      return this;
    }

    /** How long to wait after {@code OverLimitException}, which names no delay (default 1 min). */
    public Builder overLimitDelay(Duration value) {
      this.overLimitDelay = Objects.requireNonNull(value, "overLimitDelay");
      return this;
    }

    /** Validates and builds. */
    public GeotabProvider build() {
      if (database == null || database.isBlank()) {
        throw new IllegalArgumentException("database must not be blank but was '" + database + "'");
      }
      if (userName == null || userName.isBlank()) {
        throw new IllegalArgumentException("userName must not be blank but was '" + userName + "'");
      }
      if (password == null) {
        throw new IllegalArgumentException("password must be set");
      }
      return new GeotabProvider(this);
    }
  }
}
