package org.evdepot.depotsim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Imports a SpiceEV scenario JSON ({@code scenario}, {@code components} or its older name {@code
 * constants}, {@code events}) for the features both simulators have. The README's "SpiceEV import"
 * section lists every field read and how; in short:
 *
 * <ul>
 *   <li>time: {@code start_time}, {@code interval} (minutes) and {@code n_intervals} (or {@code
 *       stop_time}, rounded down to whole intervals). A time without an offset is read as UTC.
 *       Every event takes effect at the first step at or after both its {@code signal_time} and
 *       {@code start_time} (SpiceEV rounds up to the next step); events from step {@code
 *       n_intervals} on are dropped, events before the start apply at the start;
 *   <li>vehicle types: {@code capacity}, {@code charging_curve} (SpiceEV's curve limits the power
 *       drawn at the station; the battery receives {@code battery_efficiency} of it, default 0.95),
 *       {@code mileage};
 *   <li>grid connectors: {@code max_power} and {@code cost}; grid operator signals: {@code
 *       max_power} (capped by the connector's) and {@code cost}, per {@code grid_connector_id};
 *       limits of several connectors are summed. Prices are ct/kWh in SpiceEV and EUR/kWh here;
 *   <li>charging stations: {@code max_power} and {@code min_power}, one DC EVSE each, with the
 *       vehicle types' {@code battery_efficiency} as charger efficiency;
 *   <li>vehicles and vehicle events: trips from departure to arrival using {@code -soc_delta x
 *       capacity}, a leading arrival as a trip from the start, and a last block after the last
 *       arrival towards its {@code desired_soc};
 *   <li>{@code external_load} (or {@code fixed_load}) as base load and {@code energy_feed_in} (or
 *       {@code local_generation}) as PV, times {@code factor}, each holding its last value.
 * </ul>
 *
 * <p>What does not map is listed in {@link Result#notes()}.
 */
public final class SpiceEvImporter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Return time of a trip that has not ended by the end of the run, after the end. */
  private static final long AFTER_END_SECONDS = 86_400;

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
          "not a SpiceEV scenario: needs scenario and components (or constants)", null);
    }
    try {
      return new Importer(root, name).run();
    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
      throw new ScenarioFormatException("invalid SpiceEV scenario: " + e.getMessage(), e);
    }
  }

  /** One conversion: the time grid and the notes shared by every part. */
  private static final class Importer {
    private final JsonNode root;
    private final String name;
    private final List<String> notes = new ArrayList<>();
    private final Set<String> onceNotes = new LinkedHashSet<>();
    private OffsetDateTime start;
    private long interval;
    private long steps;
    private long duration;

    Importer(JsonNode root, String name) {
      this.root = root;
      this.name = name;
    }

    Result run() {
      JsonNode sc = root.path("scenario");
      boolean legacy = !root.path("components").isObject();
      JsonNode comp = legacy ? root.path("constants") : root.path("components");
      String cn = legacy ? "constants" : "components";
      if (legacy) {
        notes.add("components read from the legacy key constants");
      }
      JsonNode ev = root.path("events");
      start = time(sc, "scenario", "start_time");
      interval = Math.round(ScenarioReader.num(sc, "scenario", "interval", 15) * 60);
      if (interval <= 0) {
        throw new ScenarioFormatException("scenario.interval must be > 0 minutes", null);
      }
      double n;
      if (sc.has("n_intervals") && !sc.path("n_intervals").isNull()) {
        n = ScenarioReader.num(sc, "scenario", "n_intervals", 0);
      } else if (sc.has("stop_time") && !sc.path("stop_time").isNull()) {
        n = Math.floorDiv(secs(sc, "scenario", "stop_time"), interval);
      } else {
        throw new ScenarioFormatException("scenario needs n_intervals or stop_time", null);
      }
      if (!(n >= 1) || n != Math.floor(n) || n * interval > Scenario.MAX_DURATION_SECONDS) {
        throw new ScenarioFormatException(
            "scenario.n_intervals must be a whole number >= 1 and at most 100 years of intervals: "
                + n,
            null);
      }
      steps = (long) n;
      duration = interval * steps;
      Scenario.Builder b =
          Scenario.builder()
              .name(name)
              .start(start.toInstant())
              .durationSeconds(duration)
              .controlIntervalSeconds(interval)
              .horizonSeconds(Math.max(interval, 86_400 / interval * interval));

      Map<String, VehicleType> types = new LinkedHashMap<>();
      Map<String, Double> efficiency = new LinkedHashMap<>();
      readVehicleTypes(comp, cn, types, efficiency);
      types.values().forEach(b::vehicleType);

      Map<String, JsonNode> vehicles = fields(comp.path("vehicles"));
      TreeSet<Double> used = new TreeSet<>();
      for (Map.Entry<String, JsonNode> e : vehicles.entrySet()) {
        String type = e.getValue().path("vehicle_type").asText();
        if (!types.containsKey(type)) {
          throw new ScenarioFormatException(
              "vehicle " + e.getKey() + " has unknown vehicle_type: " + type, null);
        }
        used.add(efficiency.get(type));
      }
      if (used.isEmpty()) {
        used.addAll(efficiency.values());
      }
      double chargerEff = used.isEmpty() ? 1.0 : used.first();
      if (used.size() > 1) {
        notes.add(
            "vehicle types differ in battery_efficiency "
                + used
                + "; every charger uses the lowest, "
                + chargerEff
                + " (our efficiency belongs to the charger, SpiceEV's to the vehicle type)");
      }

      int stations = 0;
      for (Map.Entry<String, JsonNode> e : fields(comp.path("charging_stations")).entrySet()) {
        JsonNode c = e.getValue();
        String cp = cn + ".charging_stations." + e.getKey();
        if (c.has("efficiency")) {
          noteOnce(
              "charging station efficiency is not a SpiceEV field and is not read;"
                  + " the vehicle type's battery_efficiency is used");
        }
        b.charger(
            new Charger(
                e.getKey(),
                ScenarioReader.num(c, cp, "max_power", 0),
                ScenarioReader.num(c, cp, "min_power", 0),
                chargerEff,
                1,
                CurrentType.DC));
        stations++;
      }

      readGrid(comp, cn, ev, b);
      for (String drop : List.of("batteries", "photovoltaics")) {
        if (comp.path(drop).size() > 0) {
          notes.add(cn + "." + drop + " (" + comp.path(drop).size() + ") not imported");
        }
      }

      Map<String, List<VehicleEvent>> byVehicle = vehicleEvents(ev.path("vehicle_events"));
      for (Map.Entry<String, JsonNode> e : vehicles.entrySet()) {
        String id = e.getKey();
        VehicleType type = types.get(e.getValue().path("vehicle_type").asText());
        b.vehicle(
            vehicle(
                id,
                e.getValue(),
                cn + ".vehicles." + id,
                type,
                byVehicle.getOrDefault(id, List.of())));
      }
      for (String id : byVehicle.keySet()) {
        if (!vehicles.containsKey(id)) {
          notes.add("vehicle events of unknown vehicle " + id + " skipped (as SpiceEV does)");
        }
      }
      notes.add(
          "every vehicle starts at the depot (unless its first event is an arrival) and plugs"
              + " into the first free of "
              + stations
              + " stations (connected_charging_station is not kept)");
      notes.addAll(onceNotes);
      return new Result(b.build(), notes);
    }

    private void readVehicleTypes(
        JsonNode comp, String cn, Map<String, VehicleType> types, Map<String, Double> eff) {
      for (Map.Entry<String, JsonNode> e : fields(comp.path("vehicle_types")).entrySet()) {
        JsonNode t = e.getValue();
        String tp = cn + ".vehicle_types." + e.getKey();
        double capKwh = ScenarioReader.num(t, tp, "capacity", 0);
        double te = ScenarioReader.num(t, tp, "battery_efficiency", 0.95);
        if (!(te > 0 && te <= 1)) {
          throw new ScenarioFormatException(
              tp + ".battery_efficiency must be in (0, 1]: " + te, null);
        }
        JsonNode cc = t.path("charging_curve");
        if (!cc.isArray() || cc.isEmpty()) {
          throw new ScenarioFormatException(
              tp + ".charging_curve must be a non-empty array of [soc, kW] pairs: " + cc, null);
        }
        double[] s = new double[cc.size()];
        double[] p = new double[cc.size()];
        double curveMax = 0;
        for (int i = 0; i < s.length; i++) {
          double[] xy =
              ScenarioReader.pair(cc.get(i), tp + ".charging_curve[" + i + "]", "[soc, kW]");
          s[i] = xy[0];
          // SpiceEV's curve is the power drawn at the station; the battery gets efficiency of it.
          p[i] = xy[1] * te;
          curveMax = Math.max(curveMax, xy[1]);
        }
        ChargingCurve curve;
        try {
          curve = ChargingCurve.of(s, p);
        } catch (IllegalArgumentException x) {
          throw new ScenarioFormatException(tp + ".charging_curve: " + x.getMessage(), x);
        }
        double max = ScenarioReader.num(t, tp, "max_charging_power", Double.NaN);
        if (max < curveMax) {
          noteOnce(
              "vehicle type max_charging_power is not read by SpiceEV's simulation;"
                  + " the charging_curve alone limits the power");
        }
        if (ScenarioReader.num(t, tp, "min_charging_power", 0) > 0) {
          noteOnce("vehicle type min_charging_power not kept (only the station's min_power is)");
        }
        if (t.path("v2g").asBoolean(false)) {
          noteOnce("vehicle type v2g not kept: vehicles only charge");
        }
        double perKm = ScenarioReader.num(t, tp, "mileage", 0) / 100.0;
        types.put(e.getKey(), new VehicleType(e.getKey(), capKwh, curve, perKm, 22));
        eff.put(e.getKey(), te);
      }
    }

    /** Grid limit, prices, base load and PV from the connectors and the events. */
    private void readGrid(JsonNode comp, String cn, JsonNode ev, Scenario.Builder b) {
      Map<String, JsonNode> gcs = fields(comp.path("grid_connectors"));
      if (gcs.isEmpty()) {
        throw new ScenarioFormatException(cn + ".grid_connectors is empty", null);
      }
      Map<String, TreeMap<Long, Double>> limits = new LinkedHashMap<>();
      Map<String, TreeMap<Long, Double>> prices = new LinkedHashMap<>();
      Map<String, Double> gcMax = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : gcs.entrySet()) {
        String gp = cn + ".grid_connectors." + e.getKey();
        double max = ScenarioReader.num(e.getValue(), gp, "max_power", 0);
        gcMax.put(e.getKey(), max);
        TreeMap<Long, Double> l = new TreeMap<>();
        l.put(0L, max);
        limits.put(e.getKey(), l);
        TreeMap<Long, Double> p = new TreeMap<>();
        JsonNode cost = e.getValue().path("cost");
        if (cost.isObject() && cost.size() > 0) {
          p.put(0L, pricePerKwh(cost, gp + ".cost", 0));
        }
        prices.put(e.getKey(), p);
      }
      List<JsonNode> signals = new ArrayList<>();
      ev.path("grid_operator_signals").forEach(signals::add);
      List<Long> at = new ArrayList<>();
      for (int i = 0; i < signals.size(); i++) {
        at.add(eventTime(signals.get(i), "events.grid_operator_signals[" + i + "]"));
      }
      // SpiceEV applies the signals of one step in start_time order.
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < signals.size(); i++) {
        order.add(i);
      }
      List<Long> startAt = new ArrayList<>();
      for (int i = 0; i < signals.size(); i++) {
        startAt.add(secs(signals.get(i), "events.grid_operator_signals[" + i + "]", "start_time"));
      }
      order.sort(Comparator.comparing((Integer i) -> at.get(i)).thenComparing(startAt::get));
      int dropped = 0;
      for (int i : order) {
        JsonNode s = signals.get(i);
        String sp = "events.grid_operator_signals[" + i + "]";
        long t = at.get(i);
        if (t < 0) {
          dropped++;
          continue;
        }
        String gc = connectorOf(s, sp, gcs.keySet());
        JsonNode mp = s.path("max_power");
        if (!mp.isMissingNode() && !mp.isNull()) {
          double sig = ScenarioReader.num(s, sp, "max_power", 0);
          double own = gcMax.get(gc);
          limits.get(gc).put(t, own != 0 ? Math.min(own, sig) : sig);
        }
        JsonNode cost = s.path("cost");
        if (cost.isObject()) {
          prices.get(gc).put(t, pricePerKwh(cost, sp + ".cost", t));
        }
        if (!s.path("target").isMissingNode() && !s.path("target").isNull()) {
          noteOnce("grid operator signal target (schedule) not kept");
        }
      }
      if (dropped > 0) {
        notes.add(dropped + " grid operator signals at or after the end dropped");
      }
      if (gcs.size() > 1) {
        notes.add(gcs.size() + " grid connectors: their limits are summed into one site limit");
      }
      TreeMap<Long, Double> limit = new TreeMap<>();
      TreeSet<Long> times = new TreeSet<>();
      limits.values().forEach(l -> times.addAll(l.keySet()));
      for (long t : times) {
        double sum = 0;
        for (TreeMap<Long, Double> l : limits.values()) {
          sum += l.floorEntry(t).getValue();
        }
        limit.put(t, sum);
      }
      TreeMap<Long, Double> price = null;
      String priceGc = null;
      for (Map.Entry<String, TreeMap<Long, Double>> e : prices.entrySet()) {
        if (!e.getValue().isEmpty()) {
          if (price == null) {
            price = e.getValue();
            priceGc = e.getKey();
          } else {
            notes.add(
                "prices of grid connector "
                    + e.getKey()
                    + " not kept: the tariff follows "
                    + priceGc);
          }
        }
      }
      if (price == null) {
        price = new TreeMap<>();
        price.put(0L, 0.0);
        notes.add("no grid connector cost: energy price 0");
      }
      notes.add("prices converted from SpiceEV's ct/kWh to EUR/kWh (divided by 100)");
      b.site(
          new Site(
              stepsOf(limit),
              profiles(ev, "external_load", "fixed_load"),
              profiles(ev, "energy_feed_in", "local_generation"),
              StationaryBattery.NONE));
      b.tariff(new Tariff(stepsOf(price), 0));
    }

    private static String connectorOf(JsonNode s, String sp, Set<String> gcs) {
      JsonNode id = s.path("grid_connector_id");
      if (id.isMissingNode() || id.isNull()) {
        if (gcs.size() == 1) {
          return gcs.iterator().next();
        }
        throw new ScenarioFormatException(sp + ".grid_connector_id is missing", null);
      }
      if (!gcs.contains(id.asText())) {
        throw new ScenarioFormatException(
            sp + ".grid_connector_id names no grid connector: " + id.asText(), null);
      }
      return id.asText();
    }

    /**
     * EUR per kWh for a SpiceEV cost (ct/kWh): a fixed value, or a polynomial's linear term.
     * SpiceEV charges {@code sum c_i x E^i} per step for the step's energy E.
     */
    private double pricePerKwh(JsonNode cost, String path, long t) {
      String type = cost.path("type").asText();
      if ("fixed".equals(type)) {
        return ScenarioReader.num(cost, path, "value", 0) / 100.0;
      }
      if ("polynomial".equals(type)) {
        JsonNode c = cost.path("value");
        if (!c.isArray() || c.isEmpty()) {
          throw new ScenarioFormatException(
              path + ".value must be an array of polynomial coefficients: " + c, null);
        }
        double[] k = new double[c.size()];
        for (int i = 0; i < k.length; i++) {
          if (!c.get(i).isNumber()) {
            throw new ScenarioFormatException(
                path + ".value[" + i + "] must be a number: " + c.get(i), null);
          }
          k[i] = c.get(i).asDouble();
        }
        String where = "polynomial cost at t=" + t + " s (" + path + "): ";
        if (k[0] != 0) {
          notes.add(where + "constant term " + k[0] + " ct per step not kept");
        }
        for (int i = 2; i < k.length; i++) {
          if (k[i] != 0) {
            notes.add(
                where
                    + "terms of degree 2 and higher dropped; the price is the linear term "
                    + k[1]
                    + " ct/kWh");
            break;
          }
        }
        return k.length > 1 ? k[1] / 100.0 : 0;
      }
      throw new ScenarioFormatException(
          path + ".type must be fixed or polynomial (as in SpiceEV): " + type, null);
    }

    /** A SpiceEV vehicle event with the time it takes effect. */
    private record VehicleEvent(long at, long startTime, int index, String type, JsonNode update) {}

    private Map<String, List<VehicleEvent>> vehicleEvents(JsonNode list) {
      Map<String, List<VehicleEvent>> by = new LinkedHashMap<>();
      int dropped = 0;
      for (int i = 0; i < list.size(); i++) {
        JsonNode e = list.get(i);
        String p = "events.vehicle_events[" + i + "]";
        long at = eventTime(e, p);
        if (at < 0) {
          dropped++;
          continue;
        }
        by.computeIfAbsent(e.path("vehicle_id").asText(), k -> new ArrayList<>())
            .add(
                new VehicleEvent(
                    at,
                    secs(e, p, "start_time"),
                    i,
                    e.path("event_type").asText(),
                    e.path("update")));
      }
      if (dropped > 0) {
        notes.add(dropped + " vehicle events at or after the end dropped");
      }
      for (List<VehicleEvent> l : by.values()) {
        l.sort(
            Comparator.comparingLong(VehicleEvent::at)
                .thenComparingLong(VehicleEvent::startTime)
                .thenComparingInt(VehicleEvent::index));
      }
      return by;
    }

    /**
     * A vehicle with its blocks: each departure to the next arrival, an arrival with no departure
     * before it as a trip from the start, and a last block towards the last desired SoC.
     */
    private Vehicle vehicle(
        String id, JsonNode v, String vp, VehicleType type, List<VehicleEvent> events) {
      double soc = ScenarioReader.num(v, vp, "soc", 0);
      double desired = ScenarioReader.num(v, vp, "desired_soc", 0);
      Long etd = optionalSecs(v, vp, "estimated_time_of_departure");
      List<Block> blocks = new ArrayList<>();
      boolean away = false;
      boolean seenTrip = false;
      long leftAt = 0;
      double leftRequired = 0;
      long lastArrival = 0;
      for (VehicleEvent e : events) {
        JsonNode up = e.update();
        String ep = "events.vehicle_events[" + e.index() + "].update";
        if (up.has("desired_soc") && !up.path("desired_soc").isNull()) {
          desired = ScenarioReader.num(up, ep, "desired_soc", 0);
        }
        if (up.has("estimated_time_of_departure")) {
          etd = optionalSecs(up, ep, "estimated_time_of_departure");
        }
        double delta = ScenarioReader.num(up, ep, "soc_delta", 0);
        long t = e.at();
        if ("departure".equals(e.type())) {
          etd = null;
          if (e.startTime() < t - interval) {
            notes.add(
                id
                    + ": departure at t="
                    + t
                    + " s is more than a step late; SpiceEV then sets the SoC to desired_soc"
                    + " (not kept)");
          }
          if (away) {
            notes.add(id + ": departure at t=" + t + " s while away ignored");
          } else {
            away = true;
            seenTrip = true;
            leftAt = t;
            leftRequired = desired;
          }
        } else if ("arrival".equals(e.type())) {
          double energy = Math.max(0, -delta) * type.usableKwh();
          if (up.path("connected_charging_station").isNull()
              || up.path("connected_charging_station").isMissingNode()) {
            notes.add(
                id
                    + ": arrival at t="
                    + t
                    + " s names no connected_charging_station; SpiceEV does not charge it,"
                    + " here it plugs in");
          }
          if (delta > 0) {
            notes.add(id + ": positive soc_delta at t=" + t + " s read as 0");
          }
          if (away && t > leftAt) {
            blocks.add(new Block(leftAt, t, 0, energy, clamp(leftRequired)));
          } else if (!seenTrip && t > 0) {
            // Away at the start: SpiceEV still subtracts the trip's soc_delta on arrival.
            blocks.add(new Block(0, t, 0, energy, 0));
            notes.add(
                id
                    + ": first event is an arrival; read as a trip from the start (a departure at"
                    + " t=0 requiring SoC 0)");
          } else if (!seenTrip) {
            soc += Math.min(0, delta);
          } else {
            notes.add(
                id
                    + ": arrival at t="
                    + t
                    + " s without a trip of at least one step; soc_delta "
                    + delta
                    + " not kept");
          }
          away = false;
          seenTrip = true;
          lastArrival = t;
        } else {
          noteOnce("vehicle events of type " + e.type() + " ignored");
        }
      }
      if (away) {
        blocks.add(new Block(leftAt, duration + AFTER_END_SECONDS, 0, 0, clamp(leftRequired)));
      } else {
        long dep = -1;
        if (etd != null) {
          long step = ceilStep(etd);
          if (step < steps && step * interval > lastArrival) {
            dep = step * interval;
          }
        }
        if (dep < 0 && desired > 0) {
          dep = duration;
          notes.add(
              id
                  + ": charges towards desired_soc "
                  + desired
                  + " until the end (a block departing at the end, using no energy)");
        }
        if (dep >= 0) {
          blocks.add(new Block(dep, duration + AFTER_END_SECONDS, 0, 0, clamp(desired)));
        }
      }
      return new Vehicle(id, type.id(), Math.max(0, Math.min(1, soc)), 0, blocks);
    }

    /** Sums SpiceEV energy value lists into one step series, each holding its last value. */
    private TimeSeries profiles(JsonNode ev, String key, String legacyKey) {
      // SpiceEV reads the current key when present, else the old one.
      String used = ev.has(key) ? key : legacyKey;
      JsonNode group = ev.path(used);
      if (ev.has(key) && ev.has(legacyKey)) {
        notes.add("events." + legacyKey + " ignored: events." + key + " replaces it");
      }
      if (group.isMissingNode() || group.isEmpty()) {
        return TimeSeries.constant(0);
      }
      String path = "events." + used;
      List<TreeMap<Long, Double>> lists = new ArrayList<>();
      TreeSet<Long> points = new TreeSet<>();
      points.add(0L);
      for (Map.Entry<String, JsonNode> entry : fields(group).entrySet()) {
        JsonNode p = entry.getValue();
        String pp = path + "." + entry.getKey();
        if (p.has("csv_file")) {
          notes.add(pp + ": values from a CSV file not imported");
          continue;
        }
        long t0 = secs(p, pp, "start_time");
        double step = ScenarioReader.num(p, pp, "step_duration_s", 900);
        double factor = ScenarioReader.num(p, pp, "factor", 1);
        JsonNode vs = p.path("values");
        if (!vs.isArray()) {
          throw new ScenarioFormatException(
              pp + ".values must be an array of numbers: " + vs, null);
        }
        TreeMap<Long, Double> m = new TreeMap<>();
        for (int i = 0; i < vs.size(); i++) {
          if (!vs.get(i).isNumber()) {
            throw new ScenarioFormatException(
                pp + ".values[" + i + "] must be a number: " + vs.get(i), null);
          }
          long k = ceilStep(t0 + Math.round(i * step));
          if (k < steps) {
            // A later value in the same step replaces an earlier one, as in SpiceEV.
            m.put(k * interval, vs.get(i).asDouble() * factor);
          }
        }
        if (!m.isEmpty()) {
          lists.add(m);
          points.addAll(m.keySet());
        }
      }
      long[] off = new long[points.size()];
      double[] val = new double[points.size()];
      int i = 0;
      for (long t : points) {
        double s = 0;
        for (TreeMap<Long, Double> m : lists) {
          Map.Entry<Long, Double> f = m.floorEntry(t);
          s += f == null ? 0 : f.getValue();
        }
        off[i] = t;
        val[i++] = s;
      }
      return TimeSeries.steps(0, off, val);
    }

    /** The step an event takes effect at (seconds from the start), or -1 at or after the end. */
    private long eventTime(JsonNode e, String path) {
      long startTime = secs(e, path, "start_time");
      JsonNode sig = e.path("signal_time");
      long signal = sig.isMissingNode() || sig.isNull() ? startTime : secs(e, path, "signal_time");
      long k = Math.max(ceilStep(signal), ceilStep(startTime));
      return k < steps ? k * interval : -1;
    }

    /** The first step at or after {@code t} seconds from the start (0 before the start). */
    private long ceilStep(long t) {
      return t <= 0 ? 0 : Math.floorDiv(t + interval - 1, interval);
    }

    private long secs(JsonNode n, String path, String field) {
      return time(n, path, field).toEpochSecond() - start.toEpochSecond();
    }

    private Long optionalSecs(JsonNode n, String path, String field) {
      JsonNode v = n.path(field);
      return v.isMissingNode() || v.isNull() ? null : secs(n, path, field);
    }

    private OffsetDateTime time(JsonNode n, String path, String field) {
      JsonNode v = n.path(field);
      if (v.isMissingNode() || v.isNull()) {
        throw new ScenarioFormatException(path + "." + field + " is missing", null);
      }
      String s = v.asText();
      // Python's fromisoformat also accepts a space between date and time.
      if (s.length() > 10 && s.charAt(10) == ' ') {
        s = s.substring(0, 10) + "T" + s.substring(11);
      }
      try {
        return OffsetDateTime.parse(s);
      } catch (DateTimeException e) {
        try {
          OffsetDateTime utc = LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
          noteOnce("times without a UTC offset read as UTC");
          return utc;
        } catch (DateTimeException e2) {
          throw new ScenarioFormatException(
              path
                  + "."
                  + field
                  + " must be an ISO-8601 time (e.g. 2025-03-03T00:00:00+01:00): "
                  + v,
              e);
        }
      }
    }

    private void noteOnce(String note) {
      onceNotes.add(note);
    }
  }

  private static double clamp(double soc) {
    return Math.min(1, Math.max(0, soc));
  }

  private static Map<String, JsonNode> fields(JsonNode n) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        m.put(String.valueOf(i), n.get(i));
      }
    } else {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        m.put(e.getKey(), e.getValue());
      }
    }
    return m;
  }

  private static TimeSeries stepsOf(TreeMap<Long, Double> m) {
    if (m.isEmpty() || m.firstKey() != 0) {
      m.put(0L, 0.0);
    }
    long[] off = new long[m.size()];
    double[] val = new double[m.size()];
    int i = 0;
    for (Map.Entry<Long, Double> e : m.entrySet()) {
      off[i] = e.getKey();
      val[i++] = e.getValue();
    }
    return TimeSeries.steps(0, off, val);
  }
}
