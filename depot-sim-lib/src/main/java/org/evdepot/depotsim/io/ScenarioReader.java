package org.evdepot.depotsim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
   * Whether a JSON document has the shape of a SpiceEV scenario.
   *
   * @param root the document
   * @return true for SpiceEV
   */
  public static boolean isSpiceEv(JsonNode root) {
    return root.has("scenario") && root.has("components") && root.has("events");
  }

  static Scenario read(JsonNode root, String fallbackName) {
    if (isSpiceEv(root)) {
      return SpiceEvImporter.convert(root, fallbackName).scenario();
    }
    try {
      return readNative(root, fallbackName);
    } catch (IllegalArgumentException e) {
      throw new ScenarioFormatException("invalid scenario: " + e.getMessage(), e);
    }
  }

  private static Scenario readNative(JsonNode root, String fallbackName) {
    Scenario.Builder b = Scenario.builder();
    b.name(text(root, "name", fallbackName));
    Instant start = Instant.parse(text(root, "start", "2026-01-05T00:00:00Z"));
    b.start(start);
    b.durationSeconds(Math.round(num(root, "durationHours", 24) * 3600));
    b.controlIntervalSeconds(Math.round(num(root, "controlIntervalMinutes", 5) * 60));
    b.horizonSeconds(Math.round(num(root, "horizonHours", 24) * 3600));
    JsonNode site = req(root, "site");
    JsonNode bat = site.path("battery");
    StationaryBattery battery =
        bat.isMissingNode()
            ? StationaryBattery.NONE
            : new StationaryBattery(
                num(bat, "capacityKwh", 0),
                num(bat, "cRate", 0.5),
                num(bat, "efficiency", 0.95),
                num(bat, "initialSoc", 0.5),
                num(bat, "shaveAboveKw", 0));
    b.site(
        new Site(
            series(req(site, "gridLimitKw"), "site.gridLimitKw"),
            series(site.path("baseLoadKw"), "site.baseLoadKw"),
            series(site.path("pvKw"), "site.pvKw"),
            battery));
    JsonNode tariff = root.path("tariff");
    b.tariff(
        new Tariff(
            series(tariff.path("energyPrice"), "tariff.energyPrice"),
            num(tariff, "demandChargePerKw", 0)));
    int ci = 0;
    for (JsonNode c : req(root, "chargers")) {
      String path = "chargers[" + ci++ + "]";
      String id = text(c, "id", null);
      if (id == null) {
        throw new ScenarioFormatException(path + ".id is missing", null);
      }
      int count = (int) num(c, "count", 1);
      for (int i = 1; i <= count; i++) {
        b.charger(
            new Charger(
                count == 1 ? id : id + "-" + pad(i, count),
                num(c, "maxKw", 150),
                num(c, "minKw", 0),
                num(c, "efficiency", 0.95),
                (int) num(c, "evses", 1),
                CurrentType.valueOf(text(c, "type", "DC").toUpperCase(Locale.ROOT))));
      }
    }
    int ti = 0;
    for (JsonNode t : req(root, "vehicleTypes")) {
      String path = "vehicleTypes[" + ti++ + "]";
      b.vehicleType(
          new VehicleType(
              text(t, "id", path),
              num(t, "usableKwh", 0),
              curve(t.path("curve"), path + ".curve", num(t, "maxKw", 150)),
              num(t, "consumptionKwhPerKm", 1.0),
              num(t, "onboardAcKw", 22)));
    }
    for (JsonNode f : root.path("fleets")) {
      fleet(b, f);
    }
    int vi = 0;
    for (JsonNode v : root.path("vehicles")) {
      String path = "vehicles[" + vi++ + "]";
      double req = num(v, "requiredSoc", 0.8);
      List<Block> blocks = new ArrayList<>();
      for (JsonNode bl : v.path("blocks")) {
        blocks.add(
            new Block(
                Math.round(num(bl, "departHours", 0) * 3600),
                Math.round(num(bl, "returnHours", 0) * 3600),
                num(bl, "distanceKm", 0),
                num(bl, "energyKwh", 0),
                num(bl, "requiredSoc", req)));
      }
      b.vehicle(
          new Vehicle(
              text(v, "id", path),
              text(v, "type", null),
              num(v, "initialSoc", 0.5),
              (int) num(v, "priority", 0),
              blocks));
    }
    JsonNode rule = root.path("depotRule");
    b.rule(new DepotRule(Math.round(num(rule, "plugInDelayMinutes", 0) * 60)));
    JsonNode r = root.path("randomness");
    b.randomness(
        new Randomness(
            (long) num(r, "seed", 0),
            num(r, "arrivalDelayStdMinutes", 0) * 60,
            num(r, "energyUseRelStd", 0)));
    int ai = 0;
    for (JsonNode a : root.path("actions")) {
      b.action(Math.round(num(a, "atHours", 0) * 3600), action(a, "actions[" + ai++ + "]"));
    }
    return b.build();
  }

  private static void fleet(Scenario.Builder b, JsonNode f) {
    String prefix = text(f, "idPrefix", "V");
    int count = (int) num(f, "count", 1);
    String type = text(f, "type", null);
    int days = (int) num(f, "days", 1);
    long stagger = Math.round(num(f, "staggerMinutes", 0) * 60);
    double req = num(f, "requiredSoc", 0.8);
    boolean weekdaysOnly = f.path("weekdaysOnly").asBoolean(false);
    for (int i = 0; i < count; i++) {
      List<Block> blocks = new ArrayList<>();
      for (int d = 0; d < days; d++) {
        if (weekdaysOnly && (d % 7) >= 5) {
          continue;
        }
        for (JsonNode bl : f.path("blocks")) {
          long dep = clock(bl, "depart");
          long ret = clock(bl, "return");
          if (ret <= dep) {
            ret += 86_400;
          }
          long off = d * 86_400L + i * stagger;
          blocks.add(
              new Block(
                  off + dep,
                  off + ret,
                  num(bl, "distanceKm", 0),
                  num(bl, "energyKwh", 0),
                  num(bl, "requiredSoc", req)));
        }
      }
      b.vehicle(
          new Vehicle(
              prefix + pad(i + 1, count),
              type,
              num(f, "initialSoc", 0.5),
              (int) num(f, "priority", 0),
              blocks));
    }
  }

  private static long clock(JsonNode n, String field) {
    return LocalTime.parse(text(n, field, "00:00")).toSecondOfDay();
  }

  private static String pad(int i, int count) {
    int w = Math.max(3, String.valueOf(count).length());
    return String.format(Locale.ROOT, "%0" + w + "d", i);
  }

  private static Action action(JsonNode a, String path) {
    String type = text(a, "type", "");
    switch (type) {
      case "plugIn":
        return new Action.PlugIn(text(a, "vehicle", null));
      case "unplug":
        return new Action.Unplug(text(a, "vehicle", null));
      case "delayPlugIn":
        return new Action.DelayPlugIn(
            text(a, "vehicle", null), Math.round(num(a, "minutes", 0) * 60));
      case "chargerFault":
        return new Action.ChargerFault(text(a, "charger", null));
      case "chargerRecovery":
        return new Action.ChargerRecovery(text(a, "charger", null));
      case "setSiteLimit":
        return new Action.SetSiteLimit(num(a, "kw", -1));
      case "setTarget":
        return new Action.SetTarget(text(a, "vehicle", null), num(a, "soc", 0.8));
      case "setPriority":
        return new Action.SetPriority(text(a, "vehicle", null), (int) num(a, "priority", 0));
      default:
        throw new ScenarioFormatException(path + ".type is unknown: " + type, null);
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
    JsonNode steps = n.path("steps");
    if (!steps.isArray() || steps.isEmpty()) {
      throw new ScenarioFormatException(path + " must be a number or have steps", null);
    }
    long period = Math.round(num(n, "repeatHours", 0) * 3600);
    long[] off = new long[steps.size()];
    double[] val = new double[steps.size()];
    for (int i = 0; i < off.length; i++) {
      off[i] = Math.round(steps.get(i).get(0).asDouble() * 3600);
      val[i] = steps.get(i).get(1).asDouble();
    }
    try {
      return TimeSeries.steps(period, off, val);
    } catch (IllegalArgumentException e) {
      throw new ScenarioFormatException(path + ": " + e.getMessage(), e);
    }
  }

  private static ChargingCurve curve(JsonNode n, String path, double flatKw) {
    if (n.isMissingNode()) {
      return ChargingCurve.constant(flatKw);
    }
    double[] s = new double[n.size()];
    double[] p = new double[n.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = n.get(i).get(0).asDouble();
      p[i] = n.get(i).get(1).asDouble();
    }
    try {
      return ChargingCurve.of(s, p);
    } catch (IllegalArgumentException e) {
      throw new ScenarioFormatException(path + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode req(JsonNode n, String field) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      throw new ScenarioFormatException("required field is missing: " + field, null);
    }
    return v;
  }

  static String text(JsonNode n, String field, String dflt) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? dflt : v.asText();
  }

  static double num(JsonNode n, String field, double dflt) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return dflt;
    }
    if (!v.isNumber()) {
      throw new ScenarioFormatException(field + " must be a number: " + v, null);
    }
    return v.asDouble();
  }

  static Iterator<String> names(JsonNode n) {
    return n.fieldNames();
  }
}
