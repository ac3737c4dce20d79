package org.evdepot.depotsim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
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
    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
      throw new ScenarioFormatException("invalid SpiceEV scenario: " + e.getMessage(), e);
    }
  }

  private static Result doConvert(JsonNode root, String name) {
    List<String> notes = new ArrayList<>();
    JsonNode sc = root.path("scenario");
    JsonNode comp = root.path("components");
    JsonNode ev = root.path("events");
    OffsetDateTime start = time(sc, "scenario", "start_time");
    long interval = Math.round(ScenarioReader.num(sc, "scenario", "interval", 15) * 60);
    long duration;
    if (sc.has("n_intervals")) {
      double n = ScenarioReader.num(sc, "scenario", "n_intervals", 0);
      if (!(n > 0) || n * interval > Scenario.MAX_DURATION_SECONDS) {
        throw new ScenarioFormatException(
            "scenario.n_intervals must be > 0 and at most 100 years of intervals: " + n, null);
      }
      duration = interval * (long) n;
    } else if (sc.has("stop_time")) {
      duration = secs(start, sc, "scenario", "stop_time");
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
      String tp = "components.vehicle_types." + e.getKey();
      double capKwh = ScenarioReader.num(t, tp, "capacity", 0);
      double max = ScenarioReader.num(t, tp, "max_charging_power", Double.POSITIVE_INFINITY);
      JsonNode cc = t.path("charging_curve");
      ChargingCurve curve;
      if (cc.isArray() && !cc.isEmpty()) {
        double[] s = new double[cc.size()];
        double[] p = new double[cc.size()];
        for (int i = 0; i < s.length; i++) {
          double[] xy =
              ScenarioReader.pair(cc.get(i), tp + ".charging_curve[" + i + "]", "[soc, kW]");
          s[i] = xy[0];
          p[i] = Math.min(max, xy[1]);
        }
        try {
          curve = ChargingCurve.of(s, p);
        } catch (IllegalArgumentException x) {
          throw new ScenarioFormatException(tp + ".charging_curve: " + x.getMessage(), x);
        }
      } else if (!cc.isMissingNode() && !cc.isNull() && !cc.isArray()) {
        throw new ScenarioFormatException(
            tp + ".charging_curve must be an array of [soc, kW] pairs: " + cc, null);
      } else {
        curve = ChargingCurve.constant(Double.isFinite(max) ? max : 50);
      }
      double perKm = ScenarioReader.num(t, tp, "mileage", 0) / 100.0;
      VehicleType vt = new VehicleType(e.getKey(), capKwh, curve, perKm, 22);
      types.put(e.getKey(), vt);
      b.vehicleType(vt);
    }

    double gcLimit = 0;
    int gcs = 0;
    for (JsonNode gc : comp.path("grid_connectors")) {
      gcLimit += ScenarioReader.num(gc, "components.grid_connectors[" + gcs + "]", "max_power", 0);
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
      String cp = "components.charging_stations." + e.getKey();
      b.charger(
          new Charger(
              e.getKey(),
              ScenarioReader.num(c, cp, "max_power", 0),
              ScenarioReader.num(c, cp, "min_power", 0),
              ScenarioReader.num(c, cp, "efficiency", 1.0),
              1,
              CurrentType.DC));
      stations++;
    }

    // Limit and price steps from grid operator signals.
    TreeMap<Long, Double> limit = new TreeMap<>();
    TreeMap<Long, Double> price = new TreeMap<>();
    limit.put(0L, gcLimit);
    int si = 0;
    for (JsonNode s : ev.path("grid_operator_signals")) {
      String sp = "events.grid_operator_signals[" + si++ + "]";
      long t = Math.max(0, secs(start, s, sp, "start_time"));
      if (s.has("max_power") && !s.path("max_power").isNull()) {
        limit.put(t, ScenarioReader.num(s, sp, "max_power", 0));
      }
      JsonNode cost = s.path("cost");
      if (!cost.isMissingNode() && !cost.isNull()) {
        String type = cost.path("type").asText();
        if ("fixed".equals(type)) {
          price.put(t, ScenarioReader.num(cost, sp + ".cost", "value", 0));
        } else if ("polynomial".equals(type)) {
          JsonNode coeffs = cost.path("value");
          if (!coeffs.isArray() || coeffs.isEmpty() || !coeffs.get(0).isNumber()) {
            throw new ScenarioFormatException(
                sp + ".cost.value must be an array of polynomial coefficients: " + coeffs, null);
          }
          double c0 = coeffs.get(0).asDouble();
          price.put(t, c0);
          notes.add("polynomial cost at t=" + t + "s approximated by its constant term " + c0);
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
            profiles(ev.path("fixed_load"), "events.fixed_load", start, notes),
            profiles(ev.path("local_generation"), "events.local_generation", start, notes),
            StationaryBattery.NONE));
    b.tariff(new Tariff(stepsOf(price), 0));

    // Vehicles: pair departures with the next arrival.
    Map<String, List<JsonNode>> byVehicle = new LinkedHashMap<>();
    Map<JsonNode, Long> eventTimes = new java.util.IdentityHashMap<>();
    int ei = 0;
    for (JsonNode e : ev.path("vehicle_events")) {
      eventTimes.put(e, secs(start, e, "events.vehicle_events[" + ei++ + "]", "start_time"));
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
      String vp = "components.vehicles." + id;
      double desired = ScenarioReader.num(v, vp, "desired_soc", 0.8);
      List<JsonNode> events = new ArrayList<>(byVehicle.getOrDefault(id, List.of()));
      events.sort((x, y) -> Long.compare(eventTimes.get(x), eventTimes.get(y)));
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
        long dep = eventTimes.get(d);
        long ret = duration + 86_400;
        double energy = 0;
        double nextDesired = desired;
        int j = i + 1;
        while (j < events.size() && !"arrival".equals(events.get(j).path("event_type").asText())) {
          j++;
        }
        if (j < events.size()) {
          JsonNode a = events.get(j);
          ret = eventTimes.get(a);
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
      double soc = Math.min(1, ScenarioReader.num(v, vp, "soc", 0.5));
      b.vehicle(new Vehicle(id, type.id(), soc, 0, blocks));
    }
    notes.add(
        "every vehicle starts at the depot and plugs into the first free of "
            + stations
            + " stations");
    return new Result(b.build(), notes);
  }

  /** Seconds from the start to the time in {@code n.field} (path names n, for messages). */
  private static long secs(OffsetDateTime start, JsonNode n, String path, String field) {
    return time(n, path, field).toEpochSecond() - start.toEpochSecond();
  }

  private static OffsetDateTime time(JsonNode n, String path, String field) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      throw new ScenarioFormatException(path + "." + field + " is missing", null);
    }
    try {
      return OffsetDateTime.parse(v.asText());
    } catch (DateTimeException e) {
      throw new ScenarioFormatException(
          path
              + "."
              + field
              + " must be an ISO-8601 time with offset (e.g. 2025-03-03T00:00:00+01:00): "
              + v,
          e);
    }
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
  private static TimeSeries profiles(
      JsonNode group, String path, OffsetDateTime start, List<String> notes) {
    if (group.isMissingNode() || group.isEmpty()) {
      return TimeSeries.constant(0);
    }
    List<long[]> times = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    TreeSet<Long> points = new TreeSet<>();
    points.add(0L);
    Map<String, JsonNode> byPath = new LinkedHashMap<>();
    if (group.isArray()) {
      for (int k = 0; k < group.size(); k++) {
        byPath.put(path + "[" + k + "]", group.get(k));
      }
    } else {
      group.fields().forEachRemaining(e -> byPath.put(path + "." + e.getKey(), e.getValue()));
    }
    for (Map.Entry<String, JsonNode> entry : byPath.entrySet()) {
      JsonNode p = entry.getValue();
      String pp = entry.getKey();
      if (p.has("csv_file")) {
        notes.add("load profile from a CSV file is not imported");
        continue;
      }
      long t0 = secs(start, p, pp, "start_time");
      long step = Math.round(ScenarioReader.num(p, pp, "step_duration_s", 900));
      JsonNode vs = p.path("values");
      if (!vs.isArray()) {
        throw new ScenarioFormatException(pp + ".values must be an array of numbers: " + vs, null);
      }
      long[] ts = new long[vs.size() + 1];
      double[] v = new double[vs.size() + 1];
      for (int i = 0; i < vs.size(); i++) {
        ts[i] = t0 + i * step;
        if (!vs.get(i).isNumber()) {
          throw new ScenarioFormatException(
              pp + ".values[" + i + "] must be a number: " + vs.get(i), null);
        }
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
