package org.evdepot.depotsim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.evdepot.depotsim.model.Action;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Charger;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.model.CurrentType;
import org.evdepot.depotsim.model.DepotRule;
import org.evdepot.depotsim.model.Randomness;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.model.Site;
import org.evdepot.depotsim.model.StationaryBattery;
import org.evdepot.depotsim.model.Tariff;
import org.evdepot.depotsim.model.TimeSeries;
import org.evdepot.depotsim.model.Vehicle;
import org.evdepot.depotsim.model.VehicleType;

/**
 * Reads scenarios: this module's JSON format (documented in the module README), or a SpiceEV
 * scenario, recognised by its top-level {@code scenario}, {@code components} and {@code events}.
 */
public final class ScenarioReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScenarioReader() {}

  /**
   * Reads a scenario file of either format.
   *
   * @param file the file
   * @return the scenario
   * @throws ScenarioFormatException if the file cannot be read or is invalid
   */
  public static Scenario read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(MAPPER.readTree(in), file.getFileName().toString());
    } catch (IOException e) {
      throw new ScenarioFormatException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a scenario from JSON text of either format.
   *
   * @param json the text
   * @return the scenario
   * @throws ScenarioFormatException if invalid
   */
  public static Scenario parse(String json) {
    try {
      return read(MAPPER.readTree(json), "scenario");
    } catch (IOException e) {
      throw new ScenarioFormatException("not JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Whether a JSON document has the shape of a SpiceEV scenario: a {@code scenario} object and a
   * {@code components} object (or {@code constants}, its older name, which SpiceEV still reads).
   * SpiceEV treats a missing {@code events} object as empty, and so does the importer.
   *
   * @param root the document
   * @return true for SpiceEV
   */
  public static boolean isSpiceEv(JsonNode root) {
    return root.path("scenario").isObject()
        && (root.path("components").isObject() || root.path("constants").isObject());
  }

  static Scenario read(JsonNode root, String fallbackName) {
    return load(root, fallbackName).scenario();
  }

  /**
   * Reads a scenario file of either format and keeps what a SpiceEV import approximated.
   *
   * @param file the file
   * @return the scenario, whether it was a SpiceEV file, and the import notes (empty for this
   *     module's format)
   * @throws ScenarioFormatException if the file cannot be read or is invalid
   */
  public static Loaded load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(MAPPER.readTree(in), file.getFileName().toString());
    } catch (IOException e) {
      throw new ScenarioFormatException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A scenario as read, with what its import approximated.
   *
   * @param scenario the scenario
   * @param spiceEv whether the file was a SpiceEV scenario
   * @param notes the SpiceEV importer's notes (approximations and omissions); empty otherwise
   */
  public record Loaded(Scenario scenario, boolean spiceEv, List<String> notes) {
    /** Copies the notes. */
    public Loaded {
      notes = List.copyOf(notes);
    }
  }

  private static Loaded load(JsonNode root, String fallbackName) {
    if (root == null || !root.isObject()) {
      throw new ScenarioFormatException("a scenario must be a JSON object", null);
    }
    if (isSpiceEv(root)) {
      SpiceEvImporter.Result r = SpiceEvImporter.convert(root, fallbackName);
      return new Loaded(r.scenario(), true, r.notes());
    }
    try {
      return new Loaded(readNative(root, fallbackName), false, List.of());
    } catch (IllegalArgumentException e) {
      throw new ScenarioFormatException("invalid scenario: " + e.getMessage(), e);
    }
  }

  private static final List<String> TOP_FIELDS =
      List.of(
          "name",
          "start",
          "durationHours",
          "controlIntervalMinutes",
          "horizonHours",
          "site",
          "tariff",
          "chargers",
          "vehicleTypes",
          "fleets",
          "vehicles",
          "depotRule",
          "randomness",
          "actions");

  /** The longest run a scenario may ask for (as {@link Scenario#MAX_DURATION_SECONDS}), hours. */
  private static final double MAX_DURATION_HOURS = Scenario.MAX_DURATION_SECONDS / 3600.0;

  private static Scenario readNative(JsonNode root, String fallbackName) {
    onlyFields(root, "", TOP_FIELDS);
    Scenario.Builder b = Scenario.builder();
    b.name(text(root, "", "name", fallbackName));
    b.start(instant(root, "", "start", "2026-01-05T00:00:00Z"));
    double hours = num(root, "", "durationHours", 24);
    if (!(hours > 0) || hours > MAX_DURATION_HOURS) {
      throw new ScenarioFormatException(
          "durationHours must be > 0 and at most "
              + Math.round(MAX_DURATION_HOURS)
              + " (100 years): "
              + hours,
          null);
    }
    b.durationSeconds(Math.round(hours * 3600));
    b.controlIntervalSeconds(Math.round(num(root, "", "controlIntervalMinutes", 5) * 60));
    b.horizonSeconds(Math.round(num(root, "", "horizonHours", 24) * 3600));
    JsonNode site = req(root, "", "site");
    onlyFields(site, "site", List.of("gridLimitKw", "baseLoadKw", "pvKw", "battery"));
    JsonNode bat = site.path("battery");
    StationaryBattery battery = StationaryBattery.NONE;
    if (!bat.isMissingNode() && !bat.isNull()) {
      onlyFields(
          bat,
          "site.battery",
          List.of("capacityKwh", "cRate", "efficiency", "initialSoc", "shaveAboveKw"));
      battery =
          built(
              "site.battery",
              () ->
                  new StationaryBattery(
                      num(bat, "site.battery", "capacityKwh", 0),
                      num(bat, "site.battery", "cRate", 0.5),
                      num(bat, "site.battery", "efficiency", 0.95),
                      num(bat, "site.battery", "initialSoc", 0.5),
                      num(bat, "site.battery", "shaveAboveKw", 0)));
    }
    StationaryBattery siteBattery = battery;
    b.site(
        built(
            "site",
            () ->
                new Site(
                    series(req(site, "site", "gridLimitKw"), "site.gridLimitKw"),
                    series(site.path("baseLoadKw"), "site.baseLoadKw"),
                    series(site.path("pvKw"), "site.pvKw"),
                    siteBattery)));
    JsonNode tariff = root.path("tariff");
    if (!tariff.isMissingNode() && !tariff.isNull()) {
      onlyFields(tariff, "tariff", List.of("energyPrice", "demandChargePerKw"));
    }
    b.tariff(
        built(
            "tariff",
            () ->
                new Tariff(
                    series(tariff.path("energyPrice"), "tariff.energyPrice"),
                    num(tariff, "tariff", "demandChargePerKw", 0))));
    int ci = 0;
    for (JsonNode c : array(root, "", "chargers", true)) {
      String path = "chargers[" + ci++ + "]";
      onlyFields(c, path, List.of("id", "count", "maxKw", "minKw", "efficiency", "evses", "type"));
      String id = text(c, path, "id", null);
      if (id == null) {
        throw new ScenarioFormatException(path + ".id is missing", null);
      }
      int count = count(c, path, "count", 1);
      double maxKw = num(c, path, "maxKw", 150);
      double minKw = num(c, path, "minKw", 0);
      double eff = num(c, path, "efficiency", 0.95);
      int evses = integer(c, path, "evses", 1);
      CurrentType type = currentType(c, path);
      for (int i = 1; i <= count; i++) {
        String cid = count == 1 ? id : id + "-" + pad(i, count);
        b.charger(built(path, () -> new Charger(cid, maxKw, minKw, eff, evses, type)));
      }
    }
    int ti = 0;
    for (JsonNode t : array(root, "", "vehicleTypes", true)) {
      String path = "vehicleTypes[" + ti++ + "]";
      onlyFields(
          t,
          path,
          List.of("id", "usableKwh", "curve", "maxKw", "consumptionKwhPerKm", "onboardAcKw"));
      String id = text(t, path, "id", path);
      double usable = num(t, path, "usableKwh", 0);
      ChargingCurve curve = curve(t.path("curve"), path + ".curve", num(t, path, "maxKw", 150));
      double perKm = num(t, path, "consumptionKwhPerKm", 1.0);
      double onboard = num(t, path, "onboardAcKw", 22);
      b.vehicleType(built(path, () -> new VehicleType(id, usable, curve, perKm, onboard)));
    }
    int fi = 0;
    for (JsonNode f : array(root, "", "fleets", false)) {
      fleet(b, f, "fleets[" + fi++ + "]");
    }
    int vi = 0;
    for (JsonNode v : array(root, "", "vehicles", false)) {
      String path = "vehicles[" + vi++ + "]";
      onlyFields(v, path, List.of("id", "type", "initialSoc", "priority", "requiredSoc", "blocks"));
      double req = num(v, path, "requiredSoc", 0.8);
      List<Block> blocks = new ArrayList<>();
      int bi = 0;
      for (JsonNode bl : array(v, path, "blocks", false)) {
        String bp = path + ".blocks[" + bi++ + "]";
        onlyFields(
            bl,
            bp,
            List.of("departHours", "returnHours", "distanceKm", "energyKwh", "requiredSoc"));
        long dep = Math.round(num(bl, bp, "departHours", 0) * 3600);
        long ret = Math.round(num(bl, bp, "returnHours", 0) * 3600);
        double km = num(bl, bp, "distanceKm", 0);
        double kwh = num(bl, bp, "energyKwh", 0);
        double blockReq = num(bl, bp, "requiredSoc", req);
        blocks.add(built(bp, () -> new Block(dep, ret, km, kwh, blockReq)));
      }
      String id = text(v, path, "id", path);
      String type = text(v, path, "type", null);
      double soc = num(v, path, "initialSoc", 0.5);
      int priority = integer(v, path, "priority", 0);
      b.vehicle(built(path, () -> new Vehicle(id, type, soc, priority, blocks)));
    }
    JsonNode rule = root.path("depotRule");
    if (!rule.isMissingNode() && !rule.isNull()) {
      onlyFields(rule, "depotRule", List.of("plugInDelayMinutes"));
    }
    long delay = Math.round(num(rule, "depotRule", "plugInDelayMinutes", 0) * 60);
    b.rule(built("depotRule", () -> new DepotRule(delay)));
    JsonNode r = root.path("randomness");
    if (!r.isMissingNode() && !r.isNull()) {
      onlyFields(r, "randomness", List.of("seed", "arrivalDelayStdMinutes", "energyUseRelStd"));
    }
    long seed = (long) num(r, "randomness", "seed", 0);
    double delayStd = num(r, "randomness", "arrivalDelayStdMinutes", 0) * 60;
    double useStd = num(r, "randomness", "energyUseRelStd", 0);
    b.randomness(built("randomness", () -> new Randomness(seed, delayStd, useStd)));
    int ai = 0;
    for (JsonNode a : array(root, "", "actions", false)) {
      String path = "actions[" + ai++ + "]";
      double at = reqNum(a, path, "atHours");
      Action action = action(a, path);
      b.action(Math.round(at * 3600), action);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ScenarioFormatException("invalid scenario: " + e.getMessage(), e);
    }
  }

  /** The most blocks one fleet entry may expand to (the year example has 109,500). */
  static final long MAX_FLEET_BLOCKS = 5_000_000;

  private static void fleet(Scenario.Builder b, JsonNode f, String path) {
    onlyFields(
        f,
        path,
        List.of(
            "idPrefix",
            "count",
            "type",
            "initialSoc",
            "requiredSoc",
            "priority",
            "days",
            "staggerMinutes",
            "weekdaysOnly",
            "blocks"));
    String prefix = text(f, path, "idPrefix", "V");
    int count = count(f, path, "count", 1);
    String type = text(f, path, "type", null);
    int days = count(f, path, "days", 1);
    long stagger = Math.round(num(f, path, "staggerMinutes", 0) * 60);
    double req = num(f, path, "requiredSoc", 0.8);
    double soc = num(f, path, "initialSoc", 0.5);
    int priority = integer(f, path, "priority", 0);
    JsonNode wd = f.path("weekdaysOnly");
    if (!wd.isMissingNode() && !wd.isNull() && !wd.isBoolean()) {
      throw new ScenarioFormatException(path + ".weekdaysOnly must be true or false: " + wd, null);
    }
    boolean weekdaysOnly = wd.asBoolean(false);
    // Each block template is read and checked once, then repeated for every vehicle and day.
    List<BlockTemplate> templates = new ArrayList<>();
    int bi = 0;
    for (JsonNode bl : array(f, path, "blocks", false)) {
      String bp = path + ".blocks[" + bi++ + "]";
      onlyFields(bl, bp, List.of("depart", "return", "distanceKm", "energyKwh", "requiredSoc"));
      long dep = clock(bl, bp, "depart");
      long ret = clock(bl, bp, "return");
      templates.add(
          new BlockTemplate(
              bp,
              dep,
              ret <= dep ? ret + 86_400 : ret,
              num(bl, bp, "distanceKm", 0),
              num(bl, bp, "energyKwh", 0),
              num(bl, bp, "requiredSoc", req)));
    }
    if ((double) count * days * templates.size() > MAX_FLEET_BLOCKS) {
      throw new ScenarioFormatException(
          path
              + " would make "
              + (long) count * days * templates.size()
              + " blocks (count x days x blocks), more than "
              + MAX_FLEET_BLOCKS,
          null);
    }
    for (int i = 0; i < count; i++) {
      List<Block> blocks = new ArrayList<>();
      for (int d = 0; d < days; d++) {
        if (weekdaysOnly && (d % 7) >= 5) {
          continue;
        }
        for (BlockTemplate t : templates) {
          long off = d * 86_400L + i * stagger;
          blocks.add(
              built(
                  t.path(),
                  () -> new Block(off + t.depart(), off + t.ret(), t.km(), t.kwh(), t.req())));
        }
      }
      String id = prefix + pad(i + 1, count);
      b.vehicle(built(path, () -> new Vehicle(id, type, soc, priority, blocks)));
    }
  }

  /** A fleet's block as read: times of day in seconds (return after departure), the rest as is. */
  private record BlockTemplate(
      String path, long depart, long ret, double km, double kwh, double req) {}

  private static long clock(JsonNode n, String path, String field) {
    String v = text(n, path, field, "00:00");
    try {
      return LocalTime.parse(v).toSecondOfDay();
    } catch (DateTimeException e) {
      throw new ScenarioFormatException(
          at(path, field) + " must be a time of day HH:MM (e.g. 06:30): " + v, e);
    }
  }

  private static Instant instant(JsonNode n, String path, String field, String dflt) {
    String v = text(n, path, field, dflt);
    try {
      return Instant.parse(v);
    } catch (DateTimeException e) {
      throw new ScenarioFormatException(
          at(path, field) + " must be an ISO-8601 instant (e.g. 2026-01-05T00:00:00Z): " + v, e);
    }
  }

  private static CurrentType currentType(JsonNode c, String path) {
    String v = text(c, path, "type", "DC");
    try {
      return CurrentType.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ScenarioFormatException(
          at(path, "type")
              + " must be one of "
              + Arrays.toString(CurrentType.values())
              + " (any case): "
              + v,
          e);
    }
  }

  private static String pad(int i, int count) {
    int w = Math.max(3, String.valueOf(count).length());
    return String.format(Locale.ROOT, "%0" + w + "d", i);
  }

  private static final Map<String, List<String>> ACTION_FIELDS =
      Map.of(
          "plugIn", List.of("vehicle"),
          "unplug", List.of("vehicle"),
          "delayPlugIn", List.of("vehicle", "minutes"),
          "chargerFault", List.of("charger"),
          "chargerRecovery", List.of("charger"),
          "setSiteLimit", List.of("kw"),
          "setTarget", List.of("vehicle", "soc"),
          "setPriority", List.of("vehicle", "priority"));

  private static Action action(JsonNode a, String path) {
    String type = text(a, path, "type", null);
    if (type == null) {
      throw new ScenarioFormatException(
          path + ".type is missing; one of " + new TreeSet<>(ACTION_FIELDS.keySet()), null);
    }
    List<String> own = ACTION_FIELDS.get(type);
    if (own == null) {
      throw new ScenarioFormatException(
          path + ".type is unknown: " + type + "; one of " + new TreeSet<>(ACTION_FIELDS.keySet()),
          null);
    }
    List<String> known = new ArrayList<>(List.of("atHours", "type"));
    known.addAll(own);
    onlyFields(a, path, known);
    // The action records check their values; built() names the action's path in the error.
    switch (type) {
      case "plugIn":
        return new Action.PlugIn(reqText(a, path, "vehicle"));
      case "unplug":
        return new Action.Unplug(reqText(a, path, "vehicle"));
      case "delayPlugIn":
        String vehicle = reqText(a, path, "vehicle");
        long seconds = Math.round(reqNum(a, path, "minutes") * 60);
        return built(path, () -> new Action.DelayPlugIn(vehicle, seconds));
      case "chargerFault":
        return new Action.ChargerFault(reqText(a, path, "charger"));
      case "chargerRecovery":
        return new Action.ChargerRecovery(reqText(a, path, "charger"));
      case "setSiteLimit":
        double kw = reqNum(a, path, "kw");
        return built(path, () -> new Action.SetSiteLimit(kw));
      case "setTarget":
        String target = reqText(a, path, "vehicle");
        double soc = reqNum(a, path, "soc");
        return built(path, () -> new Action.SetTarget(target, soc));
      default: // setPriority
        return new Action.SetPriority(reqText(a, path, "vehicle"), reqInteger(a, path, "priority"));
    }
  }

  /** A number (constant) or {@code {"repeatHours": 24, "steps": [[hour, value], ...]}}. */
  static TimeSeries series(JsonNode n, String path) {
    if (n.isMissingNode() || n.isNull()) {
      return TimeSeries.constant(0);
    }
    if (n.isNumber()) {
      return TimeSeries.constant(n.asDouble());
    }
    if (!n.isObject()) {
      throw new ScenarioFormatException(
          path
              + " must be a number or {\"repeatHours\": ..., \"steps\": [[hour, value], ...]}: "
              + n,
          null);
    }
    onlyFields(n, path, List.of("repeatHours", "steps"));
    JsonNode steps = n.path("steps");
    if (!steps.isArray() || steps.isEmpty()) {
      throw new ScenarioFormatException(path + " must be a number or have steps", null);
    }
    long period = Math.round(num(n, path, "repeatHours", 0) * 3600);
    long[] off = new long[steps.size()];
    double[] val = new double[steps.size()];
    for (int i = 0; i < off.length; i++) {
      double[] p = pair(steps.get(i), path + ".steps[" + i + "]", "[hour, value]");
      off[i] = Math.round(p[0] * 3600);
      val[i] = p[1];
    }
    try {
      return TimeSeries.steps(period, off, val);
    } catch (IllegalArgumentException e) {
      throw new ScenarioFormatException(path + ": " + e.getMessage(), e);
    }
  }

  private static ChargingCurve curve(JsonNode n, String path, double flatKw) {
    if (n.isMissingNode() || n.isNull()) {
      return ChargingCurve.constant(flatKw);
    }
    if (!n.isArray() || n.isEmpty()) {
      throw new ScenarioFormatException(
          path + " must be a non-empty array of [soc, kW] pairs: " + n, null);
    }
    double[] s = new double[n.size()];
    double[] p = new double[n.size()];
    for (int i = 0; i < s.length; i++) {
      double[] xy = pair(n.get(i), path + "[" + i + "]", "[soc, kW]");
      s[i] = xy[0];
      p[i] = xy[1];
    }
    try {
      return ChargingCurve.of(s, p);
    } catch (IllegalArgumentException e) {
      throw new ScenarioFormatException(path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Two numbers {@code [x, y]}.
   *
   * @param n the node
   * @param path its JSON path, for the message
   * @param shape how the pair reads, for the message (e.g. {@code [hour, value]})
   */
  static double[] pair(JsonNode n, String path, String shape) {
    if (n == null
        || !n.isArray()
        || n.size() != 2
        || !n.get(0).isNumber()
        || !n.get(1).isNumber()) {
      throw new ScenarioFormatException(
          path + " must be a pair of numbers " + shape + ": " + n, null);
    }
    return new double[] {n.get(0).asDouble(), n.get(1).asDouble()};
  }

  /** Rejects fields that are not in {@code known}, naming the path and the known fields. */
  static void onlyFields(JsonNode n, String path, List<String> known) {
    if (!n.isObject()) {
      throw new ScenarioFormatException(
          (path.isEmpty() ? "the scenario" : path) + " must be a JSON object: " + n, null);
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        throw new ScenarioFormatException(
            at(path, f) + " is not a known field; known fields: " + String.join(", ", known), null);
      }
    }
  }

  private static <T> T built(String path, Supplier<T> s) {
    try {
      return s.get();
    } catch (IllegalArgumentException e) {
      throw new ScenarioFormatException(path + ": " + e.getMessage(), e);
    }
  }

  private static String at(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static JsonNode req(JsonNode n, String path, String field) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      throw new ScenarioFormatException("required field is missing: " + at(path, field), null);
    }
    return v;
  }

  private static Iterable<JsonNode> array(JsonNode n, String path, String field, boolean required) {
    JsonNode v = required ? req(n, path, field) : n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new ScenarioFormatException(at(path, field) + " must be an array: " + v, null);
    }
    return v;
  }

  static String text(JsonNode n, String path, String field, String dflt) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return dflt;
    }
    if (!v.isTextual()) {
      throw new ScenarioFormatException(at(path, field) + " must be a string: " + v, null);
    }
    return v.asText();
  }

  private static String reqText(JsonNode n, String path, String field) {
    req(n, path, field);
    return text(n, path, field, null);
  }

  /**
   * A number field, or {@code dflt} when it is missing or null.
   *
   * @throws ScenarioFormatException naming the path if the value is not a finite number
   */
  static double num(JsonNode n, String path, String field, double dflt) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return dflt;
    }
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw new ScenarioFormatException(at(path, field) + " must be a number: " + v, null);
    }
    return v.asDouble();
  }

  private static double reqNum(JsonNode n, String path, String field) {
    req(n, path, field);
    return num(n, path, field, 0);
  }

  private static int integer(JsonNode n, String path, String field, int dflt) {
    double v = num(n, path, field, dflt);
    if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new ScenarioFormatException(at(path, field) + " must be a whole number: " + v, null);
    }
    return (int) v;
  }

  private static int reqInteger(JsonNode n, String path, String field) {
    req(n, path, field);
    return integer(n, path, field, 0);
  }

  private static int count(JsonNode n, String path, String field, int dflt) {
    int v = integer(n, path, field, dflt);
    if (v < 1) {
      throw new ScenarioFormatException(at(path, field) + " must be >= 1: " + v, null);
    }
    return v;
  }
}
