package org.evdepot.bench.telematics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.evdepot.telematics.Plausibility;
import org.evdepot.telematics.SocBasis;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.push.WebhookProvider;
import org.evdepot.telematics.samsara.SamsaraProvider;
import org.evdepot.telematics.tesla.TeslaFleetProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Normalisation throughput: provider records to plausibility-checked {@link VehicleSnapshot}s. One
 * operation is one provider record (one vehicle's stats). The {@code decode*} benchmarks start from
 * parsed JSON trees (what the adapters hold after reading a response); {@code
 * parseAndDecodeSamsaraPage} includes JSON parsing of a 100-vehicle feed page from bytes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar NormalisationBenchmark -f 1 -wi 2 -i 3
 * -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NormalisationBenchmark {
  private static final int RECORDS = 1024;
  private static final int PAGE = 100;

  private final ObjectMapper mapper = new ObjectMapper();
  private final Plausibility plausibility = Plausibility.standard();
  private final Instant now = Instant.parse("2026-03-02T06:00:00Z");
  private VehicleRef[] refs;
  private JsonNode[] samsara;
  private JsonNode[] tesla;
  private JsonNode[] webhook;
  private byte[] samsaraPage;
  private VehicleRef[] pageRefs;
  private int i;
  private long records;
  private long cpuStart;
  private final java.lang.management.ThreadMXBean threads =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * The machine is shared, so wall-clock throughput depends on the neighbours; records per second
   * of this thread's own CPU time is the per-core figure, printed after each iteration.
   */
  @Setup(org.openjdk.jmh.annotations.Level.Iteration)
  public void startCpuClock() {
    records = 0;
    cpuStart = threads.getCurrentThreadCpuTime();
  }

  /** Prints records per CPU-second of the benchmark thread. */
  @org.openjdk.jmh.annotations.TearDown(org.openjdk.jmh.annotations.Level.Iteration)
  public void printCpuThroughput() {
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(" [%.0f records per CPU-second]%n", records / cpuSeconds);
  }

  @Setup
  public void setUp() throws IOException {
    SplittableRandom rnd = new SplittableRandom(1);
    refs = new VehicleRef[RECORDS];
    samsara = new JsonNode[RECORDS];
    tesla = new JsonNode[RECORDS];
    webhook = new JsonNode[RECORDS];
    for (int k = 0; k < RECORDS; k++) {
      refs[k] = new VehicleRef("bus-" + k, "p", String.valueOf(281474977000000L + k));
      samsara[k] = samsaraItem(k, rnd);
      tesla[k] = teslaData(k, rnd);
      webhook[k] = webhookReport(k, rnd);
    }
    ObjectNode page = mapper.createObjectNode();
    ArrayNode data = page.putArray("data");
    pageRefs = new VehicleRef[PAGE];
    for (int k = 0; k < PAGE; k++) {
      data.add(samsara[k]);
      pageRefs[k] = refs[k];
    }
    page.putObject("pagination").put("endCursor", "c").put("hasNextPage", false);
    samsaraPage = mapper.writeValueAsBytes(page);
  }

  private ObjectNode samsaraItem(int k, SplittableRandom rnd) {
    ObjectNode item = mapper.createObjectNode();
    item.put("id", String.valueOf(281474977000000L + k));
    item.put("name", "Bus " + k);
    String t = now.minusSeconds(rnd.nextInt(600)).toString();
    item.putArray("evStateOfChargeMilliPercent")
        .addObject()
        .put("time", t)
        .put("value", rnd.nextInt(100_001));
    item.putArray("evChargingStatus").addObject().put("time", t).put("value", 1 + rnd.nextInt(2));
    item.putArray("obdOdometerMeters")
        .addObject()
        .put("time", t)
        .put("value", 10_000_000L + rnd.nextInt(900_000_000));
    item.putArray("gps")
        .addObject()
        .put("time", t)
        .put("latitude", 59 + rnd.nextDouble())
        .put("longitude", 18 + rnd.nextDouble())
        .put("headingDegrees", rnd.nextInt(360))
        .put("speedMilesPerHour", rnd.nextInt(60) + 0.5);
    return item;
  }

  private ObjectNode teslaData(int k, SplittableRandom rnd) {
    ObjectNode d = mapper.createObjectNode();
    d.put("vin", "5YJ3E1EA7KF" + (100000 + k));
    long ts = now.minusSeconds(rnd.nextInt(600)).toEpochMilli();
    ObjectNode c = d.putObject("charge_state");
    c.put("battery_level", rnd.nextInt(101));
    c.put("usable_battery_level", rnd.nextInt(101));
    c.put("battery_range", rnd.nextInt(30000) / 100.0);
    c.put("charge_limit_soc", 80 + rnd.nextInt(21));
    c.put("charging_state", rnd.nextBoolean() ? "Charging" : "Disconnected");
    c.put("charger_power", rnd.nextInt(12));
    c.put("charge_energy_added", rnd.nextInt(5000) / 100.0);
    c.put("timestamp", ts);
    ObjectNode dr = d.putObject("drive_state");
    dr.put("latitude", 52 + rnd.nextDouble());
    dr.put("longitude", 4 + rnd.nextDouble());
    dr.put("heading", rnd.nextInt(360));
    dr.putNull("speed");
    dr.put("gps_as_of", ts / 1000);
    dr.put("timestamp", ts);
    ObjectNode v = d.putObject("vehicle_state");
    v.put("odometer", rnd.nextInt(10_000_000) / 10.0);
    v.put("timestamp", ts);
    return d;
  }

  private ObjectNode webhookReport(int k, SplittableRandom rnd) {
    ObjectNode r = mapper.createObjectNode();
    r.put("vehicle", "truck-" + k);
    r.put("observedAt", now.minusSeconds(rnd.nextInt(600)).toString());
    r.putObject("stateOfCharge").put("value", rnd.nextInt(1001) / 1000.0).put("unit", "fraction");
    r.putObject("odometer").put("value", rnd.nextInt(1_000_000)).put("unit", "mi");
    ObjectNode loc = r.putObject("location");
    loc.put("lat", 53 + rnd.nextDouble()).put("lon", 9 + rnd.nextDouble()).put("heading", 45);
    loc.putObject("speed").put("value", rnd.nextInt(30)).put("unit", "kn");
    r.put("plug", "plugged");
    r.put("charging", "charging");
    r.putObject("power").put("value", rnd.nextInt(150_000)).put("unit", "W");
    return r;
  }

  private int next() {
    records++;
    i = (i + 1) & (RECORDS - 1);
    return i;
  }

  /** Samsara feed item (milli-percent, metres, mph) to a checked snapshot. */
  @Benchmark
  public VehicleSnapshot decodeSamsaraRecord() {
    int k = next();
    return plausibility.check(SamsaraProvider.decode(refs[k], samsara[k], now), now).snapshot();
  }

  /** Tesla vehicle_data (miles, epoch ms) to a checked snapshot. */
  @Benchmark
  public VehicleSnapshot decodeTeslaRecord() {
    int k = next();
    return plausibility
        .check(TeslaFleetProvider.decode(refs[k], tesla[k], now, SocBasis.USABLE), now)
        .snapshot();
  }

  /** Generic webhook report (fraction, miles, knots, watts) to a checked snapshot. */
  @Benchmark
  public VehicleSnapshot decodeWebhookRecord() {
    int k = next();
    return plausibility.check(WebhookProvider.decode(refs[k], webhook[k], now), now).snapshot();
  }

  /** JSON bytes of a 100-vehicle Samsara feed page to 100 checked snapshots. */
  @Benchmark
  @OperationsPerInvocation(PAGE)
  public int parseAndDecodeSamsaraPage() throws IOException {
    records += PAGE;
    JsonNode root = mapper.readTree(samsaraPage);
    JsonNode data = root.get("data");
    int n = 0;
    for (int k = 0; k < PAGE; k++) {
      VehicleSnapshot s =
          plausibility.check(SamsaraProvider.decode(pageRefs[k], data.get(k), now), now).snapshot();
      n += s.hasFresh() ? 1 : 0;
    }
    return n + new String(samsaraPage, 0, 1, StandardCharsets.US_ASCII).length();
  }
}
