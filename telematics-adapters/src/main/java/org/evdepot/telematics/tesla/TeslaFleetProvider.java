package org.evdepot.telematics.tesla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Tesla Fleet API: {@code GET /api/1/vehicles/{vin}/vehicle_data} with the {@code charge_state},
 * {@code drive_state}, {@code vehicle_state} and {@code location_data} endpoints.
 *
 * <p>Distances ({@code battery_range}, {@code odometer}) come in miles and speed in mph whatever
 * the car's display settings; they are converted to km and km/h. Each section carries its own
 * {@code timestamp} (epoch milliseconds), used as the observation time.
 *
 * <p>A sleeping or offline vehicle answers HTTP 408; this adapter never wakes it unless the request
 * allows it for that vehicle, in which case it sends {@code POST .../wake_up} and reports the
 * vehicle as asleep for now (the poller asks again shortly).
 */
public final class TeslaFleetProvider implements TelematicsProvider {
  private static final String ENDPOINTS =
      "charge_state%3Bdrive_state%3Bvehicle_state%3Blocation_data";

  private final String id;
  private final URI baseUri;
  private final AuthorizedCaller caller;
  private final Accounts accounts;
  private final Clock clock;
  private final Plausibility plausibility;
  private final SocBasis socBasis;
  private final ObjectMapper mapper = new ObjectMapper();

  private TeslaFleetProvider(Builder b) {
    this.id = b.id;
    this.baseUri = b.baseUri;
    this.clock = b.clock;
    this.plausibility = b.plausibility;
    this.socBasis = b.socBasis;
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

  /** One vehicle per request; waking is possible (and billed by Tesla). */
  @Override
  public ProviderCapabilities capabilities() {
    return new ProviderCapabilities(1, true, false);
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
        fetchOne(ref, request, account, snapshots, failures);
      } catch (TelematicsException e) {
        if (!accounts.perVehicle() || e.code() != ErrorCode.AUTHENTICATION) {
          throw e;
        }
        // one account rejected: its vehicles fail, the other accounts carry on
        failures.add(new VehicleFailure(ref.vehicleId(), e.code(), e.getMessage()));
      }
    }
    return new FetchResult(snapshots, failures);
  }

  private void fetchOne(
      VehicleRef ref,
      FetchRequest request,
      TokenSource account,
      List<VehicleSnapshot> snapshots,
      List<VehicleFailure> failures) {
    String tag = HttpSupport.encode(ref.providerVehicleRef());
    URI uri = baseUri.resolve("/api/1/vehicles/" + tag + "/vehicle_data?endpoints=" + ENDPOINTS);
    HttpResponse<String> response = caller.send(account, () -> HttpRequest.newBuilder(uri).GET());
    if (response.statusCode() == 408) {
      String message = "vehicle unavailable (asleep or offline)";
      if (request.mayWake(ref.vehicleId())) {
        URI wake = baseUri.resolve("/api/1/vehicles/" + tag + "/wake_up");
        caller.sendOk(
            account, () -> HttpRequest.newBuilder(wake).POST(HttpRequest.BodyPublishers.noBody()));
        message = "vehicle asleep; wake_up sent";
      }
      failures.add(new VehicleFailure(ref.vehicleId(), ErrorCode.VEHICLE_ASLEEP, message));
      return;
    }
    if (response.statusCode() == 404) {
      failures.add(
          new VehicleFailure(ref.vehicleId(), ErrorCode.VEHICLE_NOT_FOUND, "unknown vehicle"));
      return;
    }
    HttpSupport.raiseForStatus(response, id, clock);
    Instant receivedAt = clock.instant();
    JsonNode root = HttpSupport.parse(mapper, response.body(), id);
    JsonNode data = root.get("response");
    if (data == null || !data.isObject()) {
      throw new TelematicsException(
          ErrorCode.MALFORMED_RESPONSE, id, "vehicle_data answer has no response object");
    }
    VehicleSnapshot s = decode(ref, data, receivedAt, socBasis);
    snapshots.add(plausibility.check(s, receivedAt).snapshot());
  }

  /**
   * Decodes the {@code response} object of {@code vehicle_data}. Public for benchmarks and tests.
   *
   * @param ref the vehicle
   * @param data the {@code response} object
   * @param receivedAt when the answer arrived
   * @param basis which state of charge to prefer: {@code usable_battery_level} ({@link
   *     SocBasis#USABLE}) or {@code battery_level} (displayed)
   * @return the snapshot (not yet plausibility-checked)
   */
  public static VehicleSnapshot decode(
      VehicleRef ref, JsonNode data, Instant receivedAt, SocBasis basis) {
    VehicleSnapshot.Builder b =
        VehicleSnapshot.builder(ref, receivedAt).vin(Json.text(data, "vin"));
    JsonNode charge = data.path("charge_state");
    if (charge.isObject()) {
      Instant t = epochMillis(charge, "timestamp");
      double usable = Json.number(charge, "usable_battery_level");
      double displayed = Json.number(charge, "battery_level");
      if (basis == SocBasis.USABLE && !Double.isNaN(usable)) {
        b.stateOfCharge(
            Observation.of(new StateOfCharge(usable, SocBasis.USABLE), t, null, receivedAt));
      } else if (!Double.isNaN(displayed)) {
        b.stateOfCharge(
            Observation.of(new StateOfCharge(displayed, SocBasis.DISPLAYED), t, null, receivedAt));
      }
      double rangeMiles = Json.number(charge, "battery_range");
      if (!Double.isNaN(rangeMiles)) {
        b.rangeKm(Observation.of(Units.kmFromMiles(rangeMiles), t, null, receivedAt));
      }
      double limit = Json.number(charge, "charge_limit_soc");
      if (!Double.isNaN(limit)) {
        b.chargeLimitPercent(Observation.of(limit, t, null, receivedAt));
      }
      double power = Json.number(charge, "charger_power");
      if (!Double.isNaN(power)) {
        b.chargingPowerKw(Observation.of(power, t, null, receivedAt));
      }
      double energy = Json.number(charge, "charge_energy_added");
      if (!Double.isNaN(energy)) {
        b.energyAddedKwh(Observation.of(energy, t, null, receivedAt));
      }
      String state = Json.text(charge, "charging_state");
      if (state != null) {
        b.plugState(Observation.of(plugOf(state), t, null, receivedAt));
        b.chargingState(Observation.of(chargingOf(state), t, null, receivedAt));
      }
    }
    JsonNode drive = data.path("drive_state");
    if (drive.isObject()) {
      double lat = Json.number(drive, "latitude");
      double lon = Json.number(drive, "longitude");
      if (!Double.isNaN(lat) && !Double.isNaN(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
        Instant t =
            Json.hasLong(drive, "gps_as_of")
                ? Json.epochSeconds(drive, "gps_as_of")
                : Json.epochMillis(drive, "timestamp");
        double heading = Json.number(drive, "heading");
        double mph = Json.number(drive, "speed");
        double kmh = Double.isNaN(mph) ? Double.NaN : Units.kmhFromMph(mph);
        b.location(
            Observation.of(new Location(lat, lon, Double.NaN, heading, kmh), t, null, receivedAt));
      }
    }
    JsonNode vehicle = data.path("vehicle_state");
    if (vehicle.isObject()) {
      double miles = Json.number(vehicle, "odometer");
      if (!Double.isNaN(miles)) {
        b.odometerKm(
            Observation.of(
                Units.kmFromMiles(miles), epochMillis(vehicle, "timestamp"), null, receivedAt));
      }
    }
    return b.build();
  }

  private static Instant epochMillis(JsonNode node, String field) {
    return Json.epochMillis(node, field);
  }

  private static PlugState plugOf(String chargingState) {
    return switch (chargingState) {
      case "Disconnected" -> PlugState.UNPLUGGED;
      case "Charging", "Complete", "Stopped", "Starting", "NoPower" -> PlugState.PLUGGED;
      default -> PlugState.UNKNOWN;
    };
  }

  private static ChargingState chargingOf(String chargingState) {
    return switch (chargingState) {
      case "Charging", "Starting" -> ChargingState.CHARGING;
      case "Complete" -> ChargingState.COMPLETE;
      case "Disconnected", "Stopped" -> ChargingState.IDLE;
      case "NoPower" -> ChargingState.ERROR;
      default -> ChargingState.UNKNOWN;
    };
  }

  @Override
  public String toString() {
    return "TeslaFleetProvider[" + id + ", " + baseUri + "]";
  }

  /** Builds a {@link TeslaFleetProvider}. */
  public static final class Builder {
    private String id = "tesla";
    private URI baseUri = URI.create("https://fleet-api.prd.eu.vn.cloud.tesla.com");
    private TokenSource tokens;
    private Function<VehicleRef, TokenSource> accounts;
    private HttpClient http;
    private Duration timeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Plausibility plausibility = Plausibility.standard();
    private SocBasis socBasis = SocBasis.USABLE;

    private Builder() {}

    /** The provider id (default {@code tesla}). */
    public Builder id(String value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /** The regional Fleet API base URI (default Europe). */
    public Builder baseUri(URI value) {
      this.baseUri = Objects.requireNonNull(value, "baseUri");
      return this;
    }

    /** The OAuth2 token source (third-party refresh token, rotated on each refresh). */
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

    /** Which state of charge to report (default usable, falling back to displayed). */
    public Builder socBasis(SocBasis value) {
      this.socBasis = Objects.requireNonNull(value, "socBasis");
      return this;
    }

    /** Validates and builds. */
    public TeslaFleetProvider build() {
      return new TeslaFleetProvider(this);
    }
  }
}
