package org.evdepot.telematics.smartcar;

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
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.FetchRequest;
import org.evdepot.telematics.FetchResult;
import org.evdepot.telematics.Location;
import org.evdepot.telematics.Observation;
import org.evdepot.telematics.Plausibility;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.ProviderCapabilities;
import org.evdepot.telematics.SocBasis;
import org.evdepot.telematics.StateOfCharge;
import org.evdepot.telematics.TelematicsException;
import org.evdepot.telematics.TelematicsProvider;
import org.evdepot.telematics.Units;
import org.evdepot.telematics.VehicleFailure;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.auth.TokenSource;
import org.evdepot.telematics.internal.Accounts;
import org.evdepot.telematics.internal.AuthorizedCaller;
import org.evdepot.telematics.internal.HttpSupport;
import org.evdepot.telematics.internal.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Smartcar API v2 (many vehicle makers behind one API). One fetch per vehicle uses the batch
 * endpoint ({@code POST /v2.0/vehicles/{id}/batch}) to read {@code /battery}, {@code /charge},
 * {@code /odometer} and {@code /location} in one request.
 *
 * <p>Units follow the {@code sc-unit-system} header of each answer: {@code metric} gives km, {@code
 * imperial} gives miles, converted here. {@code percentRemaining} is a fraction 0..1. The {@code
 * sc-data-age} header is when the vehicle recorded the data (observation time), {@code
 * sc-fetched-at} when Smartcar fetched it; neither is invented when absent.
 */
public final class SmartcarProvider implements TelematicsProvider {
  private static final Logger LOG = LoggerFactory.getLogger(SmartcarProvider.class);
  private static final List<String> PATHS =
      List.of("/battery", "/charge", "/odometer", "/location");

  /** The unit system requested with {@code sc-unit-system}. */
  public enum UnitSystem {
    /** Kilometres. */
    METRIC,
    /** Miles. */
    IMPERIAL
  }

  private final String id;
  private final URI baseUri;
  private final UnitSystem unitSystem;
  private final AuthorizedCaller caller;
  private final Accounts accounts;
  private final Clock clock;
  private final Plausibility plausibility;
  private final ObjectMapper mapper = new ObjectMapper();

  private SmartcarProvider(Builder b) {
    this.id = b.id;
    this.baseUri = b.baseUri;
    this.unitSystem = b.unitSystem;
    this.clock = b.clock;
    this.plausibility = b.plausibility;
    this.accounts = new Accounts(b.tokens, b.accounts);
    this.caller =
        new AuthorizedCaller(
            b.id,
            b.http != null ? b.http : HttpSupport.defaultClient(),
            accounts.callerDefault(),
            b.timeout,
            clock);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String id() {
    return id;
  }

  /** One vehicle per fetch (Smartcar batches endpoints, not vehicles); no wake. */
  @Override
  public ProviderCapabilities capabilities() {
    return new ProviderCapabilities(1, false, false);
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    List<VehicleSnapshot> snapshots = new ArrayList<>();
    List<VehicleFailure> failures = new ArrayList<>();
    for (VehicleRef ref : request.vehicles()) {
      TokenSource account = accounts.forVehicle(ref);
      if (account == null) {
        failures.add(
            new VehicleFailure(
                ref.vehicleId(), ErrorCode.REQUEST_REJECTED, "no account credentials known"));
        continue;
      }
      try {
        snapshots.add(fetchOne(ref, account));
      } catch (TelematicsException e) {
        if (e.code() == ErrorCode.VEHICLE_NOT_FOUND
            || e.code() == ErrorCode.REQUEST_REJECTED
            || (accounts.perVehicle() && e.code() == ErrorCode.AUTHENTICATION)) {
          failures.add(new VehicleFailure(ref.vehicleId(), e.code(), e.getMessage()));
        } else {
          throw e;
        }
      }
    }
    return new FetchResult(snapshots, failures);
  }

  private VehicleSnapshot fetchOne(VehicleRef ref, TokenSource account) {
    ObjectNode body = mapper.createObjectNode();
    ArrayNode requests = body.putArray("requests");
    for (String path : PATHS) {
      requests.addObject().put("path", path);
    }
    String json = body.toString();
    URI uri =
        baseUri.resolve(
            "/v2.0/vehicles/" + HttpSupport.encode(ref.providerVehicleRef()) + "/batch");
    HttpResponse<String> response =
        caller.sendOk(
            account,
            () ->
                HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .header("sc-unit-system", unitSystem.name().toLowerCase(Locale.ROOT))
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
    Instant receivedAt = clock.instant();
    JsonNode root = HttpSupport.parse(mapper, response.body(), id);
    JsonNode responses = root.get("responses");
    if (responses == null || !responses.isArray()) {
      throw new TelematicsException(
          ErrorCode.MALFORMED_RESPONSE, id, "batch answer has no responses array");
    }
    return plausibility.check(decodeBatch(ref, responses, receivedAt), receivedAt).snapshot();
  }

  /**
   * Decodes the {@code responses} array of a batch answer. Public for benchmarks and tests; items
   * that failed or are missing leave their fields unavailable.
   *
   * @param ref the vehicle
   * @param responses the array of {@code {path, code, headers, body}} items
   * @param receivedAt when the answer arrived
   * @return the snapshot (not yet plausibility-checked)
   */
  public static VehicleSnapshot decodeBatch(
      VehicleRef ref, JsonNode responses, Instant receivedAt) {
    VehicleSnapshot.Builder b = VehicleSnapshot.builder(ref, receivedAt);
    for (JsonNode item : responses) {
      String path = Json.text(item, "path");
      int code = item.path("code").asInt(0);
      JsonNode body = item.get("body");
      if (path == null || code != 200 || body == null || !body.isObject()) {
        if (path != null && code != 200) {
          LOG.debug(
              "smartcar {} {}: {} {}",
              ref.vehicleId(),
              path,
              code,
              body == null ? "" : body.path("type").asText(""));
        }
        continue;
      }
      JsonNode headers = item.path("headers");
      Instant observedAt = Json.instant(headers, "sc-data-age");
      Instant fetchedAt = Json.instant(headers, "sc-fetched-at");
      boolean imperial = "imperial".equalsIgnoreCase(Json.text(headers, "sc-unit-system"));
      switch (path) {
        case "/battery" -> decodeBattery(b, body, observedAt, fetchedAt, imperial);
        case "/charge" -> decodeCharge(b, body, observedAt, fetchedAt);
        case "/odometer" -> {
          double d = Json.number(body, "distance");
          if (!Double.isNaN(d)) {
            double km = imperial ? Units.kmFromMiles(d) : d;
            b.odometerKm(Observation.of(km, observedAt, fetchedAt, receivedAt));
          }
        }
        case "/location" -> {
          double lat = Json.number(body, "latitude");
          double lon = Json.number(body, "longitude");
          if (!Double.isNaN(lat)
              && !Double.isNaN(lon)
              && Math.abs(lat) <= 90
              && Math.abs(lon) <= 180) {
            b.location(Observation.of(Location.of(lat, lon), observedAt, fetchedAt, receivedAt));
          }
        }
        default -> LOG.debug("smartcar: ignoring batch item {}", path);
      }
    }
    return b.build();
  }

  private static void decodeBattery(
      VehicleSnapshot.Builder b,
      JsonNode body,
      Instant observedAt,
      Instant fetchedAt,
      boolean imperial) {
    double fraction = Json.number(body, "percentRemaining");
    if (!Double.isNaN(fraction)) {
      b.stateOfCharge(
          Observation.of(
              new StateOfCharge(Units.percentFromFraction(fraction), SocBasis.UNKNOWN),
              observedAt,
              fetchedAt,
              b.receivedAt()));
    }
    double range = Json.number(body, "range");
    if (!Double.isNaN(range)) {
      double km = imperial ? Units.kmFromMiles(range) : range;
      b.rangeKm(Observation.of(km, observedAt, fetchedAt, b.receivedAt()));
    }
  }

  private static void decodeCharge(
      VehicleSnapshot.Builder b, JsonNode body, Instant observedAt, Instant fetchedAt) {
    Boolean plugged = Json.bool(body, "isPluggedIn");
    if (plugged != null) {
      b.plugState(
          Observation.of(
              plugged ? PlugState.PLUGGED : PlugState.UNPLUGGED,
              observedAt,
              fetchedAt,
              b.receivedAt()));
    }
    String state = Json.text(body, "state");
    if (state != null) {
      ChargingState cs =
          switch (state) {
            case "CHARGING" -> ChargingState.CHARGING;
            case "FULLY_CHARGED" -> ChargingState.COMPLETE;
            case "NOT_CHARGING" -> ChargingState.IDLE;
            default -> ChargingState.UNKNOWN;
          };
      b.chargingState(Observation.of(cs, observedAt, fetchedAt, b.receivedAt()));
    }
  }

  @Override
  public String toString() {
    return "SmartcarProvider[" + id + ", " + baseUri + ", " + unitSystem + "]";
  }

  /** Builds a {@link SmartcarProvider}. */
  public static final class Builder {
    private String id = "smartcar";
    private URI baseUri = URI.create("https://api.smartcar.com");
    private UnitSystem unitSystem = UnitSystem.METRIC;
    private TokenSource tokens;
    private Function<VehicleRef, TokenSource> accounts;
    private HttpClient http;
    private Duration timeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Plausibility plausibility = Plausibility.standard();

    private Builder() {}

    /** The provider id (default {@code smartcar}). */
    public Builder id(String value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /** The API base URI (default the public Smartcar API). */
    public Builder baseUri(URI value) {
      this.baseUri = Objects.requireNonNull(value, "baseUri");
      return this;
    }

    /** The unit system to ask for (default metric); answers are converted either way. */
    public Builder unitSystem(UnitSystem value) {
      this.unitSystem = Objects.requireNonNull(value, "unitSystem");
      return this;
    }

    /** The OAuth2 token source of the vehicle owner's connection (refresh token). */
    public Builder tokens(TokenSource value) {
      this.tokens = value;
      return this;
    }

    /**
     * Several authorising accounts behind this one provider instance (so they share its rate limit
     * and quota): each vehicle's requests use the tokens its account gave. {@code tokensOf} answers
     * the account's token source for a vehicle (return the same instance for every vehicle of an
     * account), or null when none is known, which fails that vehicle only. In this mode a rejected
     * account (HTTP 401 twice, refresh refused) fails its own vehicles, not the whole provider.
     * Replaces {@link #tokens(TokenSource)}.
     */
    public Builder accounts(Function<VehicleRef, TokenSource> tokensOf) {
      this.accounts = Objects.requireNonNull(tokensOf, "tokensOf");
      return this;
    }

    /** The HTTP client. */
    public Builder httpClient(HttpClient value) {
      this.http = value;
      return this;
    }

    /** The request timeout (default 30 s: Smartcar reads from the vehicle). */
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

    /** Validates and builds. */
    public SmartcarProvider build() {
      return new SmartcarProvider(this);
    }
  }
}
