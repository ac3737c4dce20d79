package org.evdepot.telematics.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.auth.Secret;
import org.evdepot.telematics.internal.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A generic push adapter for providers that call us. Each POST carries one vehicle report in a
 * small documented JSON format in which every quantity names its unit:
 *
 * <pre>{@code
 * {"vehicle": "bus-17-at-provider", "vin": "...", "observedAt": "2026-03-01T05:00:00Z",
 *  "stateOfCharge": {"value": 0.82, "unit": "fraction", "basis": "usable"},
 *  "range":    {"value": 210, "unit": "km"},        // km | mi | m
 *  "odometer": {"value": 120345.6, "unit": "mi"},
 *  "location": {"lat": 52.1, "lon": 4.3, "accuracy": {"value": 8, "unit": "m"},
 *               "heading": 90, "speed": {"value": 12, "unit": "kn"}},  // kmh | mph | kn | mps
 *  "plug": "plugged", "charging": "charging",
 *  "chargeLimit": {"value": 90, "unit": "percent"},   // percent | fraction | milliPercent
 *  "power": {"value": 150000, "unit": "W"},           // W | kW
 *  "energyAdded": {"value": 42.5, "unit": "kWh"}}     // Wh | kWh
 * }</pre>
 *
 * Any quantity may carry its own {@code observedAt}; otherwise the report's {@code observedAt}
 * applies; with neither, the observation time stays unknown (never "now"). The body is
 * authenticated with {@code X-Signature: sha256=<hex HMAC-SHA256 of the body>} under a shared
 * secret.
 *
 * <p>Received snapshots go to the listeners and are buffered, so {@link #fetch} (the provider shape
 * shared with polled adapters) hands over what arrived since the last fetch.
 */
public final class WebhookProvider implements TelematicsProvider {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookProvider.class);

  /** The header carrying the signature. */
  public static final String SIGNATURE_HEADER = "X-Signature";

  private final String id;
  private final Secret sharedSecret;
  private final Clock clock;
  private final Plausibility plausibility;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, VehicleRef> vehicles = new ConcurrentHashMap<>();
  private final Map<String, VehicleSnapshot> buffered = new ConcurrentHashMap<>();
  private final List<Consumer<VehicleSnapshot>> listeners = new CopyOnWriteArrayList<>();

  private WebhookProvider(String id, Secret sharedSecret, Clock clock, Plausibility plausibility) {
    this.id = id;
    this.sharedSecret = sharedSecret;
    this.clock = clock;
    this.plausibility = plausibility;
  }

  /**
   * Creates a webhook provider.
   *
   * @param id the provider id
   * @param sharedSecret the HMAC key agreed with the sender
   * @param clock the clock stamping receive times
   */
  public static WebhookProvider create(String id, Secret sharedSecret, Clock clock) {
    return new WebhookProvider(
        Objects.requireNonNull(id, "id"),
        Objects.requireNonNull(sharedSecret, "sharedSecret"),
        Objects.requireNonNull(clock, "clock"),
        Plausibility.standard());
  }

  /** Accepts reports for this vehicle (by its {@link VehicleRef#providerVehicleRef()}). */
  public void register(VehicleRef ref) {
    if (!ref.providerId().equals(id)) {
      throw new IllegalArgumentException(
          "vehicle "
              + ref.vehicleId()
              + " belongs to provider "
              + ref.providerId()
              + ", not "
              + id);
    }
    vehicles.put(ref.providerVehicleRef(), ref);
  }

  /** Adds a listener called with every accepted snapshot, on the receiving thread. */
  public void addListener(Consumer<VehicleSnapshot> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public String id() {
    return id;
  }

  /** Push only: nothing to poll, nothing to wake. */
  @Override
  public ProviderCapabilities capabilities() {
    return new ProviderCapabilities(Integer.MAX_VALUE, false, true);
  }

  /** Hands over (and forgets) what arrived for the requested vehicles since the last call. */
  @Override
  public FetchResult fetch(FetchRequest request) {
    List<VehicleSnapshot> out = new ArrayList<>();
    for (VehicleRef ref : request.vehicles()) {
      VehicleSnapshot s = buffered.remove(ref.vehicleId());
      if (s != null) {
        out.add(s);
      }
    }
    return new FetchResult(out, List.of());
  }

  /**
   * Verifies, decodes and delivers one report.
   *
   * @param body the raw request body
   * @param signature the {@value #SIGNATURE_HEADER} header value, or {@code null}
   * @return the accepted, plausibility-checked snapshot
   * @throws TelematicsException AUTHENTICATION for a missing or wrong signature, MALFORMED_RESPONSE
   *     for a body that is not the documented shape, VEHICLE_NOT_FOUND for an unregistered vehicle
   */
  public VehicleSnapshot receive(byte[] body, String signature) {
    if (!signatureValid(body, signature)) {
      throw new TelematicsException(ErrorCode.AUTHENTICATION, id, "bad or missing signature");
    }
    Instant receivedAt = clock.instant();
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (IOException e) {
      throw new TelematicsException(ErrorCode.MALFORMED_RESPONSE, id, 0, null, "invalid JSON", e);
    }
    if (root == null || !root.isObject()) {
      throw new TelematicsException(ErrorCode.MALFORMED_RESPONSE, id, "body is not an object");
    }
    String providerRef = Json.text(root, "vehicle");
    if (providerRef == null) {
      throw new TelematicsException(ErrorCode.MALFORMED_RESPONSE, id, "vehicle is missing");
    }
    VehicleRef ref = vehicles.get(providerRef);
    if (ref == null) {
      throw new TelematicsException(
          ErrorCode.VEHICLE_NOT_FOUND, id, "unregistered vehicle " + providerRef);
    }
    VehicleSnapshot decoded = decode(ref, root, receivedAt);
    VehicleSnapshot checked = plausibility.check(decoded, receivedAt).snapshot();
    buffered.merge(ref.vehicleId(), checked, VehicleSnapshot::mergedWith);
    for (Consumer<VehicleSnapshot> l : listeners) {
      l.accept(checked);
    }
    return checked;
  }

  /**
   * Decodes a report body. Public for benchmarks and tests; unknown units make the quantity
   * unavailable rather than guessing.
   */
  public static VehicleSnapshot decode(VehicleRef ref, JsonNode root, Instant receivedAt) {
    Instant reportTime = Json.instant(root, "observedAt");
    VehicleSnapshot.Builder b =
        VehicleSnapshot.builder(ref, receivedAt).vin(Json.text(root, "vin"));
    JsonNode soc = root.path("stateOfCharge");
    double pct = percent(soc);
    if (!Double.isNaN(pct)) {
      SocBasis basis =
          switch (soc.path("basis").asText("")) {
            case "usable" -> SocBasis.USABLE;
            case "displayed" -> SocBasis.DISPLAYED;
            default -> SocBasis.UNKNOWN;
          };
      b.stateOfCharge(
          Observation.of(new StateOfCharge(pct, basis), time(soc, reportTime), null, receivedAt));
    }
    JsonNode range = root.path("range");
    double rangeKm = km(range);
    if (!Double.isNaN(rangeKm)) {
      b.rangeKm(Observation.of(rangeKm, time(range, reportTime), null, receivedAt));
    }
    JsonNode odo = root.path("odometer");
    double odoKm = km(odo);
    if (!Double.isNaN(odoKm)) {
      b.odometerKm(Observation.of(odoKm, time(odo, reportTime), null, receivedAt));
    }
    JsonNode loc = root.path("location");
    double lat = Json.number(loc, "lat");
    double lon = Json.number(loc, "lon");
    if (!Double.isNaN(lat) && !Double.isNaN(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
      JsonNode acc = loc.path("accuracy");
      double accuracyKm = km(acc);
      b.location(
          Observation.of(
              new Location(
                  lat,
                  lon,
                  Double.isNaN(accuracyKm) ? Double.NaN : accuracyKm * 1000,
                  Json.number(loc, "heading"),
                  kmh(loc.path("speed"))),
              time(loc, reportTime),
              null,
              receivedAt));
    }
    String plug = Json.text(root, "plug");
    if (plug != null) {
      PlugState p =
          switch (plug) {
            case "plugged" -> PlugState.PLUGGED;
            case "unplugged" -> PlugState.UNPLUGGED;
            default -> PlugState.UNKNOWN;
          };
      b.plugState(Observation.of(p, reportTime, null, receivedAt));
    }
    String charging = Json.text(root, "charging");
    if (charging != null) {
      ChargingState c =
          switch (charging) {
            case "idle" -> ChargingState.IDLE;
            case "charging" -> ChargingState.CHARGING;
            case "complete" -> ChargingState.COMPLETE;
            case "error" -> ChargingState.ERROR;
            default -> ChargingState.UNKNOWN;
          };
      b.chargingState(Observation.of(c, reportTime, null, receivedAt));
    }
    JsonNode limit = root.path("chargeLimit");
    double limitPct = percent(limit);
    if (!Double.isNaN(limitPct)) {
      b.chargeLimitPercent(Observation.of(limitPct, time(limit, reportTime), null, receivedAt));
    }
    JsonNode power = root.path("power");
    double v = Json.number(power, "value");
    if (!Double.isNaN(v)) {
      String unit = power.path("unit").asText("");
      double kw = unit.equals("kW") ? v : unit.equals("W") ? Units.kwFromWatts(v) : Double.NaN;
      if (!Double.isNaN(kw)) {
        b.chargingPowerKw(Observation.of(kw, time(power, reportTime), null, receivedAt));
      }
    }
    JsonNode energy = root.path("energyAdded");
    double e = Json.number(energy, "value");
    if (!Double.isNaN(e)) {
      String unit = energy.path("unit").asText("");
      double kwh = unit.equals("kWh") ? e : unit.equals("Wh") ? Units.kwhFromWh(e) : Double.NaN;
      if (!Double.isNaN(kwh)) {
        b.energyAddedKwh(Observation.of(kwh, time(energy, reportTime), null, receivedAt));
      }
    }
    return b.build();
  }

  private static Instant time(JsonNode quantity, Instant fallback) {
    Instant own = Json.instant(quantity, "observedAt");
    return own != null ? own : fallback;
  }

  private static double percent(JsonNode q) {
    double v = Json.number(q, "value");
    if (Double.isNaN(v)) {
      return v;
    }
    return switch (q.path("unit").asText("")) {
      case "percent" -> v;
      case "fraction" -> Units.percentFromFraction(v);
      case "milliPercent" -> Units.percentFromMilliPercent(Math.round(v));
      default -> Double.NaN;
    };
  }

  private static double km(JsonNode q) {
    double v = Json.number(q, "value");
    if (Double.isNaN(v)) {
      return v;
    }
    return switch (q.path("unit").asText("")) {
      case "km" -> v;
      case "mi" -> Units.kmFromMiles(v);
      case "m" -> Units.kmFromMetres(v);
      default -> Double.NaN;
    };
  }

  private static double kmh(JsonNode q) {
    double v = Json.number(q, "value");
    if (Double.isNaN(v)) {
      return v;
    }
    return switch (q.path("unit").asText("")) {
      case "kmh" -> v;
      case "mph" -> Units.kmhFromMph(v);
      case "kn" -> Units.kmhFromKnots(v);
      case "mps" -> Units.kmhFromMetresPerSecond(v);
      default -> Double.NaN;
    };
  }

  /** The {@value #SIGNATURE_HEADER} value a sender must send for {@code body} under {@code key}. */
  public static String sign(byte[] body, Secret key) {
    return "sha256=" + HexFormat.of().formatHex(hmac(body, key));
  }

  private boolean signatureValid(byte[] body, String signature) {
    if (signature == null) {
      return false;
    }
    byte[] expected = sign(body, sharedSecret).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] hmac(byte[] body, Secret key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /**
   * An {@link HttpHandler} for the JDK HTTP server: 204 on success, 401 bad signature, 400
   * malformed, 404 unknown vehicle, 405 for anything but POST.
   */
  public HttpHandler httpHandler() {
    return this::handle;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(1 << 20);
      }
      int status;
      try {
        receive(body, exchange.getRequestHeaders().getFirst(SIGNATURE_HEADER));
        status = 204;
      } catch (TelematicsException e) {
        LOG.info("{}: rejected push: {}", id, e.getMessage());
        status =
            switch (e.code()) {
              case AUTHENTICATION -> 401;
              case VEHICLE_NOT_FOUND -> 404;
              default -> 400;
            };
      }
      exchange.sendResponseHeaders(status, -1);
    }
  }

  @Override
  public String toString() {
    return "WebhookProvider[" + id + ", secret=****]";
  }
}
