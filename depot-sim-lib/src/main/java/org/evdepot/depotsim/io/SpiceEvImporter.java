package org.evdepot.depotsim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Charger;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.model.CurrentType;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.model.Site;
import org.evdepot.depotsim.model.StationaryBattery;
import org.evdepot.depotsim.model.Tariff;
import org.evdepot.depotsim.model.TimeSeries;
import org.evdepot.depotsim.model.Vehicle;
import org.evdepot.depotsim.model.VehicleType;

/**
 * Imports a SpiceEV scenario JSON ({@code scenario}, {@code components}, {@code events}) for the
 * features both simulators have:
 *
 * <ul>
 *   <li>{@code scenario.start_time}, {@code interval} (minutes, the control interval) and {@code
 *       n_intervals} (the duration);
 *   <li>vehicle types: {@code capacity}, {@code charging_curve} capped by {@code
 *       max_charging_power}, {@code mileage} (kWh per 100 km);
 *   <li>grid connectors' {@code max_power} (summed if several) and grid operator signals' {@code
 *       max_power} as limit steps; {@code cost} of type {@code fixed} as price steps, of type
 *       {@code polynomial} by its constant term (noted);
 *   <li>charging stations: {@code max_power}, {@code min_power}, {@code efficiency} (default 1),
 *       one DC EVSE each;
 *   <li>vehicles: {@code soc}, {@code desired_soc}; each departure event paired with the vehicle's
 *       next arrival becomes a block using {@code -soc_delta * capacity}, and the arrival's {@code
 *       desired_soc} becomes the next block's target;
 *   <li>{@code fixed_load} as base load and {@code local_generation} as PV (summed).
 * </ul>
 *
 * <p>What does not map is listed in {@link Result#notes()}: every vehicle starts at the depot and
 * plugs into the first free station (SpiceEV's {@code connected_charging_station} is not kept).
 */
public final class SpiceEvImporter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SpiceEvImporter() {}

  /**
   * The imported scenario and what was approximated.
   *
   * @param scenario the scenario
   * @param notes approximations and omissions
   */
  public record Result(Scenario scenario, List<String> notes) {
    /** Copies the notes. */
    public Result {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Imports a SpiceEV scenario file.
   *
   * @param file the file
   * @return the result
   * @throws ScenarioFormatException if it is not a SpiceEV scenario or invalid
   */
  public static Result importFile(Path file) {
    try {
      return convert(MAPPER.readTree(file.toFile()), file.getFileName().toString());
    } catch (IOException e) {
      throw new ScenarioFormatException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static Result convert(JsonNode root, String name) {
    if (!ScenarioReader.isSpiceEv(root)) {
      throw new ScenarioFormatException(
          "not a SpiceEV scenario: needs scenario, components and events", null);
    }
    try {
      return doConvert(root, name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ScenarioFormatException("invalid SpiceEV scenario: " + e.getMessage(), e);
    }
  }

  private static Result doConvert(JsonNode root, String name) {
    List<String> notes = new ArrayList<>();
    JsonNode sc = root.path("scenario");
    JsonNode comp = root.path("components");
    JsonNode ev = root.path("events");
    OffsetDateTime start = OffsetDateTime.parse(sc.path("start_time").asText());
    long interval = Math.round(ScenarioReader.num(sc, "interval", 15) * 60);
    long duration;
    if (sc.has("n_intervals")) {
      duration = interval * sc.path("n_intervals").asLong();
    } else if (sc.has("stop_time")) {
      duration = secs(start, sc.path("stop_time").asText());
    } else {
      throw new ScenarioFormatException("scenario needs n_intervals or stop_time", null);
    }
    Scenario.Builder b =
        Scenario.builder()
            .name(name)
            .start(start.toInstant())
            .durationSeconds(duration)
            .controlIntervalSeconds(interval)
            .horizonSeconds(Math.max(interval, 86_400 / interval * interval));

    Map<String, VehicleType> types = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = comp.path("vehicle_types").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode t = e.getValue();
      double capKwh = t.path("capacity").asDouble();
      double max = t.path("max_charging_power").asDouble(Double.POSITIVE_INFINITY);
      JsonNode cc = t.path("charging_curve");
      ChargingCurve curve;
      if (cc.isArray() && !cc.isEmpty()) {
        double[] s = new double[cc.size()];
        double[] p = new double[cc.size()];
        for (int i = 0; i < s.length; i++) {
          s[i] = cc.get(i).get(0).asDouble();
          p[i] = Math.min(max, cc.get(i).get(1).asDouble());
        }
        curve = ChargingCurve.of(s, p);
      } else {
        curve = ChargingCurve.constant(Double.isFinite(max) ? max : 50);
      }
      double perKm = t.path("mileage").asDouble(0) / 100.0;
      VehicleType vt = new VehicleType(e.getKey(), capKwh, curve, perKm, 22);
      types.put(e.getKey(), vt);
      b.vehicleType(vt);
    }

    double gcLimit = 0;
    int gcs = 0;
    for (JsonNode gc : comp.path("grid_connectors")) {
      gcLimit += gc.path("max_power").asDouble(0);
      gcs++;
    }
    if (gcs > 1) {
      notes.add(gcs + " grid connectors merged into one limit of " + gcLimit + " kW");
    }
    if (gcs == 0) {
      throw new ScenarioFormatException("components.grid_connectors is empty", null);
    }

    int stations = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = comp.path("charging_stations").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode c = e.getValue();
      b.charger(
          new Charger(
              e.getKey(),
              c.path("max_power").asDouble(),
              c.path("min_power").asDouble(0),
              c.path("efficiency").asDouble(1.0),
              1,
              CurrentType.DC));
      stations++;
    }

    // Limit and price steps from grid operator signals.
    TreeMap<Long, Double> limit = new TreeMap<>();
    TreeMap<Long, Double> price = new TreeMap<>();
    limit.put(0L, gcLimit);
    for (JsonNode s : ev.path("grid_operator_signals")) {
      long t = Math.max(0, secs(start, s.path("start_time").asText()));
      if (s.has("max_power") && !s.path("max_power").isNull()) {
        limit.put(t, s.path("max_power").asDouble());
      }
      JsonNode cost = s.path("cost");
      if (!cost.isMissingNode() && !cost.isNull()) {
        String type = cost.path("type").asText();
        if ("fixed".equals(type)) {
          price.put(t, cost.path("value").asDouble());
        } else if ("polynomial".equals(type)) {
          price.put(t, cost.path("value").get(0).asDouble());
          notes.add(
              "polynomial cost at t="
                  + t
                  + "s approximated by its constant term "
                  + cost.path("value").get(0).asDouble());
        } else {
          notes.add("cost type " + type + " at t=" + t + "s ignored");
        }
      }
    }
    if (price.isEmpty()) {
      price.put(0L, 0.0);
    }
    b.site(
        new Site(
            stepsOf(limit),
            profiles(ev.path("fixed_load"), start, notes),
            profiles(ev.path("local_generation"), start, notes),
            StationaryBattery.NONE));
    b.tariff(new Tariff(stepsOf(price), 0));

    // Vehicles: pair departures with the next arrival.
    Map<String, List<JsonNode>> byVehicle = new LinkedHashMap<>();
    for (JsonNode e : ev.path("vehicle_events")) {
      byVehicle.computeIfAbsent(e.path("vehicle_id").asText(), k -> new ArrayList<>()).add(e);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = comp.path("vehicles").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      JsonNode v = e.getValue();
      VehicleType type = types.get(v.path("vehicle_type").asText());
      if (type == null) {
        throw new ScenarioFormatException(
            "vehicle " + id + " has unknown vehicle_type: " + v.path("vehicle_type").asText(),
            null);
      }
      double desired = v.path("desired_soc").asDouble(0.8);
      List<JsonNode> events = new ArrayList<>(byVehicle.getOrDefault(id, List.of()));
      events.sort(
          (x, y) ->
              Long.compare(
                  secs(start, x.path("start_time").asText()),
                  secs(start, y.path("start_time").asText())));
      List<Block> blocks = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        JsonNode d = events.get(i);
        if (!"departure".equals(d.path("event_type").asText())) {
          JsonNode up = d.path("update");
          if (up.has("desired_soc")) {
            desired = up.path("desired_soc").asDouble();
          }
          continue;
        }
        long dep = secs(start, d.path("start_time").asText());
        long ret = duration + 86_400;
        double energy = 0;
        double nextDesired = desired;
        int j = i + 1;
        while (j < events.size() && !"arrival".equals(events.get(j).path("event_type").asText())) {
          j++;
        }
        if (j < events.size()) {
          JsonNode a = events.get(j);
          ret = secs(start, a.path("start_time").asText());
          JsonNode up = a.path("update");
          energy = Math.max(0, -up.path("soc_delta").asDouble(0)) * type.usableKwh();
          if (up.has("desired_soc")) {
            nextDesired = up.path("desired_soc").asDouble();
          }
          i = j;
        }
        if (dep >= 0 && ret > dep) {
          blocks.add(new Block(dep, ret, 0, energy, Math.min(1, Math.max(0, desired))));
        }
        desired = nextDesired;
      }
      b.vehicle(new Vehicle(id, type.id(), Math.min(1, v.path("soc").asDouble(0.5)), 0, blocks));
    }
    notes.add(
        "every vehicle starts at the depot and plugs into the first free of "
            + stations
            + " stations");
    return new Result(b.build(), notes);
  }

  private static long secs(OffsetDateTime start, String t) {
    return OffsetDateTime.parse(t).toEpochSecond() - start.toEpochSecond();
  }

  private static TimeSeries stepsOf(TreeMap<Long, Double> m) {
    long[] off = new long[m.size()];
    double[] val = new double[m.size()];
    int i = 0;
    for (Map.Entry<Long, Double> e : m.entrySet()) {
      off[i] = e.getKey();
      val[i++] = e.getValue();
    }
    if (off[0] != 0) {
      long[] o2 = new long[off.length + 1];
      double[] v2 = new double[off.length + 1];
      System.arraycopy(off, 0, o2, 1, off.length);
      System.arraycopy(val, 0, v2, 1, val.length);
      v2[0] = 0;
      return TimeSeries.steps(0, o2, v2);
    }
    return TimeSeries.steps(0, off, val);
  }

  /** Sums SpiceEV load profiles (start_time, step_duration_s, values) into one step series. */
  private static TimeSeries profiles(JsonNode group, OffsetDateTime start, List<String> notes) {
    if (group.isMissingNode() || group.isEmpty()) {
      return TimeSeries.constant(0);
    }
    List<long[]> times = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    TreeSet<Long> points = new TreeSet<>();
    points.add(0L);
    for (JsonNode p : group) {
      long t0 = secs(start, p.path("start_time").asText());
      long step = p.path("step_duration_s").asLong(900);
      JsonNode vs = p.path("values");
      if (p.has("csv_file")) {
        notes.add("load profile from a CSV file is not imported");
        continue;
      }
      long[] ts = new long[vs.size() + 1];
      double[] v = new double[vs.size() + 1];
      for (int i = 0; i < vs.size(); i++) {
        ts[i] = t0 + i * step;
        v[i] = vs.get(i).asDouble();
      }
      ts[vs.size()] = t0 + vs.size() * step;
      v[vs.size()] = 0;
      times.add(ts);
      values.add(v);
      for (long t : ts) {
        points.add(Math.max(0, t));
      }
    }
    long[] off = new long[points.size()];
    double[] val = new double[points.size()];
    int i = 0;
    for (long t : points) {
      double s = 0;
      for (int k = 0; k < times.size(); k++) {
        s += valueAt(times.get(k), values.get(k), t);
      }
      off[i] = t;
      val[i++] = s;
    }
    return TimeSeries.steps(0, off, val);
  }

  private static double valueAt(long[] ts, double[] v, long t) {
    if (t < ts[0]) {
      return 0;
    }
    int j = java.util.Arrays.binarySearch(ts, t);
    if (j < 0) {
      j = -j - 2;
    }
    return v[j];
  }
}
