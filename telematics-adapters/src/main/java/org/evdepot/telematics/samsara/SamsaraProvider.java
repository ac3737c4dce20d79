package org.evdepot.telematics.samsara;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.auth.TokenSource;
import org.evdepot.telematics.internal.AuthorizedCaller;
import org.evdepot.telematics.internal.HttpSupport;
import org.evdepot.telematics.internal.Json;

/**
 * Samsara vehicle stats feed: {@code GET /fleet/vehicles/stats/feed?types=...}. The first call
 * returns the latest value of each stat; its {@code pagination.endCursor} is then passed as {@code
 * after} so each later call returns only what happened since. Pages are followed while {@code
 * hasNextPage} is true (bounded per fetch).
 *
 * <p>One feed per provider instance: the feed is read without a vehicle filter (everything the
 * token may see), so its one cursor stays valid whichever vehicles a fetch asks for, and the
 * answers for vehicles this provider has been asked about before are returned too (they are only in
 * this read of the feed). A vehicle asked about for the first time while the feed already has a
 * cursor gets one extra call filtered to the new vehicles ({@code vehicleIds=...}, no cursor) for
 * its latest values. Memory is one cursor plus the known vehicles (bounded, least recently asked
 * forgotten first).
 *
 * <p>Stats read: {@code evStateOfChargeMilliPercent} (milli-percent), {@code evChargingStatus} (0
 * unknown, 1 not charging, 2 charging), {@code obdOdometerMeters} (metres) and {@code gps}
 * (degrees, {@code speedMilesPerHour}). A vehicle that is charging is plugged in: that plug state
 * is derived, so it is marked {@link Quality#ESTIMATED}.
 */
public final class SamsaraProvider implements TelematicsProvider {
  /** The stat types requested. */
  public static final String TYPES =
      "evStateOfChargeMilliPercent,evChargingStatus,obdOdometerMeters,gps";

  private static final int MAX_PAGES = 20;
  private static final int MAX_KNOWN = 100_000;

  private final String id;
  private final URI baseUri;
  private final AuthorizedCaller caller;
  private final Clock clock;
  private final Plausibility plausibility;
  private final int maxBatch;
  private final ObjectMapper mapper = new ObjectMapper();
  private String cursor;

  /** Vehicles asked about so far, by Samsara vehicle id; least recently asked dropped first. */
  private final Map<String, VehicleRef> known =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, VehicleRef> eldest) {
          return size() > MAX_KNOWN;
        }
      };

  private SamsaraProvider(Builder b) {
    this.id = b.id;
    this.baseUri = b.baseUri;
    this.clock = b.clock;
    this.plausibility = b.plausibility;
    this.maxBatch = b.maxBatch;
    this.caller =
        new AuthorizedCaller(
            b.id,
            b.http != null ? b.http : HttpSupport.defaultClient(),
            b.tokens,
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

  /** Many vehicles per feed call; no wake. */
  @Override
  public ProviderCapabilities capabilities() {
    return new ProviderCapabilities(maxBatch, false, false);
  }

  /** The feed cursor, once the feed has been read. */
  public synchronized Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /** How many vehicles the feed's answers are matched against (for tests and metrics). */
  public synchronized int knownVehicles() {
    return known.size();
  }

  @Override
  public synchronized FetchResult fetch(FetchRequest request) {
    List<VehicleRef> fresh = new ArrayList<>();
    for (VehicleRef ref : request.vehicles()) {
      VehicleRef before = known.get(ref.providerVehicleRef());
      if (before == null || !before.equals(ref)) {
        fresh.add(ref);
      }
    }
    Map<String, VehicleRef> byProviderId = new HashMap<>();
    for (VehicleRef ref : request.vehicles()) {
      byProviderId.put(ref.providerVehicleRef(), ref);
    }
    Map<String, VehicleSnapshot> merged = new LinkedHashMap<>();
    if (cursor != null && !fresh.isEmpty()) {
      // new vehicles: their latest values, filtered to them and without touching the cursor
      List<String> ids = fresh.stream().map(VehicleRef::providerVehicleRef).toList();
      read(ids, null, byProviderId, merged);
    }
    String next = read(null, cursor, byProviderId, merged);
    // only now that every page has been read do the cursor and the known vehicles move on
    cursor = next;
    for (VehicleRef ref : request.vehicles()) {
      known.put(ref.providerVehicleRef(), ref);
    }
    Instant now = clock.instant();
    List<VehicleSnapshot> snapshots = new ArrayList<>(merged.size());
    for (VehicleSnapshot s : merged.values()) {
      snapshots.add(plausibility.check(s, now).snapshot());
    }
    return new FetchResult(snapshots, List.of());
  }

  /**
   * Reads the feed from {@code after} (or its start), following pages, merging each known vehicle's
   * items into {@code merged}.
   *
   * @param vehicleIds a vehicle filter, or null for the whole feed
   * @return the last cursor seen (or {@code after} when none was given)
   */
  private String read(
      List<String> vehicleIds,
      String after,
      Map<String, VehicleRef> byProviderId,
      Map<String, VehicleSnapshot> merged) {
    String position = after;
    for (int page = 0; page < MAX_PAGES; page++) {
      StringBuilder q = new StringBuilder("/fleet/vehicles/stats/feed?types=");
      q.append(HttpSupport.encode(TYPES));
      if (vehicleIds != null) {
        q.append("&vehicleIds=").append(HttpSupport.encode(String.join(",", vehicleIds)));
      }
      if (position != null) {
        q.append("&after=").append(HttpSupport.encode(position));
      }
      URI uri = baseUri.resolve(q.toString());
      HttpResponse<String> response =
          caller.sendOk(() -> HttpRequest.newBuilder(uri).header("Accept", "application/json"));
      Instant receivedAt = clock.instant();
      JsonNode root = HttpSupport.parse(mapper, response.body(), id);
      JsonNode data = root.get("data");
      JsonNode pagination = root.get("pagination");
      if (data == null || !data.isArray() || pagination == null || !pagination.isObject()) {
        throw new TelematicsException(
            ErrorCode.MALFORMED_RESPONSE, id, "feed answer lacks data array or pagination");
      }
      for (JsonNode item : data) {
        String vehicle = Json.text(item, "id");
        VehicleRef ref = byProviderId.get(vehicle);
        if (ref == null) {
          // not asked for now, but asked for before: its news is only in this read of the feed
          ref = vehicle == null ? null : known.get(vehicle);
        }
        if (ref == null) {
          continue;
        }
        VehicleSnapshot s = decode(ref, item, receivedAt);
        merged.merge(ref.vehicleId(), s, VehicleSnapshot::mergedWith);
      }
      String next = Json.text(pagination, "endCursor");
      if (next != null && !next.isEmpty()) {
        position = next;
      }
      if (!pagination.path("hasNextPage").asBoolean(false)) {
        break;
      }
    }
    return position;
  }

  /**
   * Decodes one vehicle item of the feed's {@code data} array, taking the latest point of each
   * stat. Public for benchmarks and tests.
   */
  public static VehicleSnapshot decode(VehicleRef ref, JsonNode item, Instant receivedAt) {
    VehicleSnapshot.Builder b = VehicleSnapshot.builder(ref, receivedAt);
    JsonNode ext = item.path("externalIds");
    b.vin(Json.text(ext, "samsara.vin"));
    Point soc = latest(item.get("evStateOfChargeMilliPercent"));
    if (soc != null && Json.hasLong(soc.node(), "value")) {
      double pct = Units.percentFromMilliPercent(soc.node().get("value").longValue());
      b.stateOfCharge(
          Observation.of(new StateOfCharge(pct, SocBasis.UNKNOWN), soc.time(), null, receivedAt));
    }
    Point odo = latest(item.get("obdOdometerMeters"));
    if (odo != null && Json.hasLong(odo.node(), "value")) {
      b.odometerKm(
          Observation.of(
              Units.kmFromMetres(odo.node().get("value").longValue()),
              odo.time(),
              null,
              receivedAt));
    }
    Point charging = latest(item.get("evChargingStatus"));
    if (charging != null && Json.hasLong(charging.node(), "value")) {
      Instant t = charging.time();
      long v = charging.node().get("value").longValue();
      ChargingState cs =
          v == 2 ? ChargingState.CHARGING : v == 1 ? ChargingState.IDLE : ChargingState.UNKNOWN;
      b.chargingState(Observation.of(cs, t, null, receivedAt));
      if (cs == ChargingState.CHARGING) {
        b.plugState(Observation.of(PlugState.PLUGGED, t, null, receivedAt, Quality.ESTIMATED));
      }
    }
    Point gpsPoint = latest(item.get("gps"));
    if (gpsPoint != null) {
      JsonNode gps = gpsPoint.node();
      double lat = Json.number(gps, "latitude");
      double lon = Json.number(gps, "longitude");
      if (!Double.isNaN(lat) && !Double.isNaN(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
        double mph = Json.number(gps, "speedMilesPerHour");
        b.location(
            Observation.of(
                new Location(
                    lat,
                    lon,
                    Double.NaN,
                    Json.number(gps, "headingDegrees"),
                    Double.isNaN(mph) ? Double.NaN : Units.kmhFromMph(mph)),
                gpsPoint.time(),
                null,
                receivedAt));
      }
    }
    return b.build();
  }

  /** A stat point and its parsed time. */
  private record Point(JsonNode node, Instant time) {}

  /** The point with the latest {@code time} of a stat array (feeds list oldest first). */
  private static Point latest(JsonNode points) {
    if (points == null || !points.isArray() || points.isEmpty()) {
      return null;
    }
    JsonNode best = null;
    Instant bestTime = null;
    for (JsonNode p : points) {
      Instant t = Json.instant(p, "time");
      if (best == null || (t != null && (bestTime == null || t.isAfter(bestTime)))) {
        best = p;
        bestTime = t;
      }
    }
    return new Point(best, bestTime);
  }

  @Override
  public String toString() {
    return "SamsaraProvider[" + id + ", " + baseUri + "]";
  }

  /** Builds a {@link SamsaraProvider}. */
  public static final class Builder {
    private String id = "samsara";
    private URI baseUri = URI.create("https://api.samsara.com");
    private TokenSource tokens;
    private HttpClient http;
    private Duration timeout = Duration.ofSeconds(20);
    private Clock clock = Clock.systemUTC();
    private Plausibility plausibility = Plausibility.standard();
    private int maxBatch = 100;

    private Builder() {}

    /** The provider id (default {@code samsara}). */
    public Builder id(String value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /** The API base URI (default the US cloud; the EU cloud is {@code api.eu.samsara.com}). */
    public Builder baseUri(URI value) {
      this.baseUri = Objects.requireNonNull(value, "baseUri");
      return this;
    }

    /** The API token ({@link org.evdepot.telematics.auth.ApiKey}) or an OAuth2 source. */
    public Builder tokens(TokenSource value) {
      this.tokens = value;
      return this;
    }

    /** The HTTP client. */
    public Builder httpClient(HttpClient value) {
      this.http = value;
      return this;
    }

    /** The request timeout (default 20 s). */
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

    /** Vehicles per feed call (default 100). */
    public Builder maxBatch(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxBatch must be at least 1 but was " + value);
      }
      this.maxBatch = value;
      return this;
    }

    /** Validates and builds. */
    public SamsaraProvider build() {
      if (tokens == null) {
        throw new IllegalArgumentException("tokens must be set");
      }
      return new SamsaraProvider(this);
    }
  }
}
