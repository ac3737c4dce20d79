package org.evdepot.ocpp.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.WireEnum;

/**
 * Payloads for the differential tests of the fast decoders: the MeterValues test vectors, the
 * benchmark frames' shapes, seeded random valid MeterValues (1.6 and 2.0.1, varying sample counts,
 * optional fields, field order, date-time forms, whitespace, non-ASCII text) and seeded random
 * character-level mutations of them.
 */
public final class MeterValuesCorpus {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String[][] SAMPLES = {
    {"52310", "Energy.Active.Import.Register", null, "Wh", "Outlet"},
    {"148200.5", "Power.Active.Import", null, "W", "Outlet"},
    {"212.4", "Current.Import", "L1", "A", "Outlet"},
    {"211.9", "Current.Import", "L2", "A", "Outlet"},
    {"212.8", "Current.Import", "L3", "A", "Outlet"},
    {"230.1", "Voltage", "L1-N", "V", "Outlet"},
    {"229.8", "Voltage", "L2-N", "V", "Outlet"},
    {"231.0", "Voltage", "L3-N", "V", "Outlet"},
    {"67", "SoC", null, "Percent", "EV"},
    {"41.5", "Temperature", null, "Celsius", "Body"},
  };

  /** The 1.6 MeterValues payload of the benchmarks (10 sampled values), compact. */
  public static final String V16_BENCH =
      "{\"connectorId\":1,\"transactionId\":1234,"
          + "\"meterValue\":[{\"timestamp\":\"2026-11-27T08:00:15Z\",\"sampledValue\":["
          + v16Samples()
          + "]}]}";

  /** The 2.0.1 TransactionEvent payload of the benchmarks (10 sampled values), compact. */
  public static final String V201_TRANSACTION_EVENT_BENCH =
      "{\"eventType\":\"Updated\",\"timestamp\":"
          + "\"2026-11-27T08:00:15Z\",\"triggerReason\":\"MeterValuePeriodic\",\"seqNo\":7,"
          + "\"transactionInfo\":{\"transactionId\":\"7f3c1a52-90d4-4c1e-b6a5-2f0e4d8c9b11\","
          + "\"chargingState\":\"Charging\"},\"evse\":{\"id\":1,\"connectorId\":1},"
          + "\"meterValue\":[{\"timestamp\":\"2026-11-27T08:00:15Z\",\"sampledValue\":["
          + v201Samples()
          + "]}]}";

  /** The 2.0.1 MeterValues payload of the benchmarks (10 sampled values), compact. */
  public static final String V201_BENCH =
      "{\"evseId\":1,\"meterValue\":[{\"timestamp\":"
          + "\"2026-11-27T08:00:15Z\",\"sampledValue\":["
          + v201Samples()
          + "]}]}";

  private MeterValuesCorpus() {}

  private static String v16Samples() {
    StringBuilder b = new StringBuilder();
    for (String[] s : SAMPLES) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append("{\"value\":\"").append(s[0]);
      b.append("\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"");
      b.append(s[1]).append('"');
      if (s[2] != null) {
        b.append(",\"phase\":\"").append(s[2]).append('"');
      }
      b.append(",\"location\":\"").append(s[4]).append("\",\"unit\":\"").append(s[3]);
      b.append("\"}");
    }
    return b.toString();
  }

  private static String v201Samples() {
    StringBuilder b = new StringBuilder();
    for (String[] s : SAMPLES) {
      if (b.length() > 0) {
        b.append(',');
      }
      String measurand = s[1].equals("Temperature") ? "Power.Offered" : s[1];
      String unit = s[1].equals("Temperature") ? "kW" : s[3];
      String location = s[1].equals("Temperature") ? "Outlet" : s[4];
      b.append("{\"value\":").append(s[0]);
      b.append(",\"context\":\"Sample.Periodic\",\"measurand\":\"").append(measurand).append('"');
      if (s[2] != null) {
        b.append(",\"phase\":\"").append(s[2]).append('"');
      }
      b.append(",\"location\":\"").append(location);
      b.append("\",\"unitOfMeasure\":{\"unit\":\"").append(unit).append("\"}}");
    }
    return b.toString();
  }

  /** The request payload of the MeterValues test vector of {@code version}, compact. */
  public static String vector(OcppVersion version) {
    return vector(version, "MeterValues");
  }

  /** The request payload of the test vector of {@code action}, compact. */
  public static String vector(OcppVersion version, String action) {
    String folder = version == OcppVersion.V16 ? "v16" : "v201";
    try {
      Path file =
          Path.of(
              MeterValuesCorpus.class
                  .getResource("/vectors/" + folder + "/" + action + ".json")
                  .toURI());
      JsonNode node = MAPPER.readTree(Files.readString(file));
      return MAPPER.writeValueAsString(node.get("request").get("payload"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Valid payloads of {@code version}: vector, benchmark shape and {@code random} random ones. */
  public static List<String> valid(OcppVersion version, Random r, int random) {
    List<String> out = new ArrayList<>();
    out.add(vector(version));
    out.add(version == OcppVersion.V16 ? V16_BENCH : V201_BENCH);
    for (int i = 0; i < random; i++) {
      boolean plain = r.nextInt(3) != 0;
      JsonNode node = version == OcppVersion.V16 ? randomV16(r, plain) : randomV201(r, plain);
      out.add(write(node, r));
    }
    return out;
  }

  static String write(JsonNode node, Random r) {
    try {
      return r.nextInt(5) == 0
          ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)
          : MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Valid 2.0.1 TransactionEvent payloads: vector, benchmark shape and random ones. */
  public static List<String> validTransactionEvents(Random r, int random) {
    List<String> out = new ArrayList<>();
    out.add(vector(OcppVersion.V201, "TransactionEvent"));
    out.add(V201_TRANSACTION_EVENT_BENCH);
    for (int i = 0; i < random; i++) {
      out.add(write(randomTransactionEvent(r, r.nextInt(3) != 0), r));
    }
    return out;
  }

  static ObjectNode randomTransactionEvent(Random r, boolean plain) {
    ObjectNode root = MAPPER.createObjectNode();
    maybeEnum(r, root, "eventType", org.evdepot.ocpp.v201.TransactionEventEnum.values());
    if (!root.has("eventType")) {
      root.put("eventType", "Updated");
    }
    root.put("timestamp", randomTimestamp(r, plain));
    root.put(
        "triggerReason",
        pick(
            r,
            java.util.Arrays.stream(org.evdepot.ocpp.v201.TriggerReasonEnum.values())
                .map(WireEnum::wireValue)
                .toArray(String[]::new)));
    root.put("seqNo", randomInt(r, plain));
    if (r.nextInt(3) == 0) {
      root.put("offline", r.nextBoolean());
    }
    for (String f : new String[] {"numberOfPhasesUsed", "cableMaxCurrent", "reservationId"}) {
      if (r.nextInt(3) == 0) {
        root.put(f, randomInt(r, plain));
      }
    }
    ObjectNode tx = root.putObject("transactionInfo");
    tx.put(
        "transactionId",
        plain
            ? "tx-" + r.nextInt(1_000_000)
            : pick(r, new String[] {"", "x".repeat(36 + r.nextInt(2)), "\u20ac-1", "a\"b"}));
    maybeEnum(r, tx, "chargingState", org.evdepot.ocpp.v201.ChargingStateEnum.values());
    maybeEnum(r, tx, "stoppedReason", org.evdepot.ocpp.v201.ReasonEnum.values());
    if (r.nextBoolean()) {
      tx.put("timeSpentCharging", randomInt(r, plain));
    }
    if (r.nextInt(4) == 0) {
      tx.put("remoteStartId", randomInt(r, plain));
    }
    shuffled(tx, r);
    if (r.nextBoolean()) {
      ObjectNode evse = root.putObject("evse");
      evse.put("id", randomInt(r, plain));
      if (r.nextBoolean()) {
        evse.put("connectorId", randomInt(r, plain));
      }
      shuffled(evse, r);
    }
    if (!plain && r.nextInt(3) == 0) {
      ObjectNode id = root.putObject("idToken");
      id.put("idToken", "04E91C5A2B7F80");
      id.put("type", "ISO14443");
    }
    if (r.nextInt(4) != 0) {
      root.set("meterValue", randomV201(r, plain).get("meterValue"));
    }
    return shuffled(root, r);
  }

  // ---------------------------------------------------------------- random valid payloads

  static ObjectNode randomV16(Random r, boolean plain) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("connectorId", randomInt(r, plain));
    if (r.nextBoolean()) {
      root.put("transactionId", randomInt(r, plain));
    }
    ArrayNode meterValues = root.putArray("meterValue");
    int count = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
    for (int i = 0; i < count; i++) {
      ObjectNode mv = MAPPER.createObjectNode();
      mv.put("timestamp", randomTimestamp(r, plain));
      ArrayNode samples = mv.putArray("sampledValue");
      int n = 1 + r.nextInt(r.nextInt(4) == 0 ? 40 : 12);
      for (int j = 0; j < n; j++) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("value", randomValueText(r, plain));
        maybeEnum(r, s, "context", org.evdepot.ocpp.v16.ReadingContext.values());
        maybeEnum(r, s, "format", org.evdepot.ocpp.v16.ValueFormat.values());
        maybeEnum(r, s, "measurand", org.evdepot.ocpp.v16.Measurand.values());
        maybeEnum(r, s, "phase", org.evdepot.ocpp.v16.Phase.values());
        maybeEnum(r, s, "location", org.evdepot.ocpp.v16.Location.values());
        maybeEnum(r, s, "unit", org.evdepot.ocpp.v16.UnitOfMeasure.values());
        samples.add(shuffled(s, r));
      }
      meterValues.add(shuffled(mv, r));
    }
    return shuffled(root, r);
  }

  static ObjectNode randomV201(Random r, boolean plain) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("evseId", randomInt(r, plain));
    if (!plain && r.nextInt(5) == 0) {
      root.putObject("customData").put("vendorId", "org.example");
    }
    ArrayNode meterValues = root.putArray("meterValue");
    int count = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
    for (int i = 0; i < count; i++) {
      ObjectNode mv = MAPPER.createObjectNode();
      mv.put("timestamp", randomTimestamp(r, plain));
      ArrayNode samples = mv.putArray("sampledValue");
      int n = 1 + r.nextInt(r.nextInt(4) == 0 ? 40 : 12);
      for (int j = 0; j < n; j++) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("value", randomDecimal(r, plain));
        maybeEnum(r, s, "context", org.evdepot.ocpp.v201.ReadingContextEnum.values());
        maybeEnum(r, s, "measurand", org.evdepot.ocpp.v201.MeasurandEnum.values());
        maybeEnum(r, s, "phase", org.evdepot.ocpp.v201.PhaseEnum.values());
        maybeEnum(r, s, "location", org.evdepot.ocpp.v201.LocationEnum.values());
        if (r.nextInt(4) != 0) {
          ObjectNode u = s.putObject("unitOfMeasure");
          if (r.nextInt(6) != 0) {
            String[] units = {"Wh", "kWh", "W", "kW", "A", "V", "Percent", "Celsius", ""};
            u.put("unit", r.nextInt(30) == 0 ? "u".repeat(20 + r.nextInt(2)) : pick(r, units));
          }
          if (r.nextInt(3) == 0) {
            u.put("multiplier", r.nextInt(7) - 3);
          }
          shuffled(u, r);
        }
        if (!plain && r.nextInt(10) == 0) {
          ObjectNode signed = s.putObject("signedMeterValue");
          signed.put("signedMeterData", "AAEC");
          signed.put("signingMethod", "ECDSA");
          signed.put("encodingMethod", "OCMF");
          signed.put("publicKey", "BBEE");
        }
        samples.add(shuffled(s, r));
      }
      meterValues.add(shuffled(mv, r));
    }
    return shuffled(root, r);
  }

  private static int randomInt(Random r, boolean plain) {
    switch (plain ? 3 + r.nextInt(3) : r.nextInt(6)) {
      case 0:
        return r.nextInt();
      case 1:
        return -r.nextInt(100);
      case 2:
        return r.nextInt(2) == 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
      default:
        return r.nextInt(10);
    }
  }

  private static BigDecimal randomDecimal(Random r, boolean plain) {
    switch (plain ? 4 + r.nextInt(4) : r.nextInt(8)) {
      case 0:
        return new BigDecimal(new BigInteger(70, r), r.nextInt(6));
      case 1:
        return BigDecimal.valueOf(r.nextLong(), r.nextInt(3));
      case 2:
        return BigDecimal.valueOf(-r.nextInt(1000), 1);
      case 3:
        return BigDecimal.valueOf(r.nextInt(100), -2);
      case 4:
        return BigDecimal.ZERO.setScale(r.nextInt(3));
      default:
        return BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(4));
    }
  }

  private static String randomValueText(Random r, boolean plain) {
    switch (plain ? 5 + r.nextInt(5) : r.nextInt(10)) {
      case 0:
        return "";
      case 1:
        return "12.5 kWh \u00e9\u00ff";
      case 2:
        return "\u20ac 3\u20ac";
      case 3:
        return "\ud83d\ude00 ok";
      case 4:
        return "quote \" and backslash \\ and tab \t";
      case 5:
        return "?" + r.nextInt(99);
      case 6:
        return "x".repeat(r.nextInt(70));
      default:
        return Integer.toString(r.nextInt(1_000_000))
            + (r.nextBoolean() ? "." + r.nextInt(10) : "");
    }
  }

  private static String randomTimestamp(Random r, boolean plain) {
    long seconds = 946_684_800L + (long) (r.nextDouble() * 3_155_760_000L);
    Instant t = Instant.ofEpochSecond(seconds, r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
    String s;
    switch (plain ? 2 + r.nextInt(4) : r.nextInt(6)) {
      case 0:
        s = t.atOffset(ZoneOffset.ofHoursMinutes(r.nextInt(14), 30 * r.nextInt(2))).toString();
        break;
      case 1:
        s = t.atOffset(ZoneOffset.ofHours(-r.nextInt(12))).toString();
        break;
      case 2:
        s = Timestamps.format(t).replace('T', 't').replace('Z', 'z');
        break;
      case 3:
        s =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT)
                .format(t.atOffset(ZoneOffset.ofHoursMinutes(-r.nextInt(12), 0)));
        break;
      case 4:
        s = t.toString().replace("Z", "." + "123456789012".substring(0, 1 + r.nextInt(12)) + "Z");
        break;
      default:
        s = Timestamps.format(t);
    }
    // OffsetDateTime.toString drops ":00" seconds and writes "Z" for +00:00; both stay valid or
    // become (invalid) shapes that the decoders must agree on.
    return s;
  }

  @SafeVarargs
  private static <E extends Enum<E> & WireEnum> void maybeEnum(
      Random r, ObjectNode s, String field, E... values) {
    if (r.nextInt(3) != 0) {
      s.put(field, values[r.nextInt(values.length)].wireValue());
    }
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static ObjectNode shuffled(ObjectNode o, Random r) {
    if (r.nextInt(3) != 0) {
      return o;
    }
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(o.properties());
    Collections.shuffle(entries, r);
    o.removeAll();
    for (Map.Entry<String, JsonNode> e : entries) {
      o.set(e.getKey(), e.getValue());
    }
    return o;
  }

  // ---------------------------------------------------------------- mutations

  private static final String ALPHABET = "{}[],:\"\\0123456789.-+eEzZtT aAxnul?\u00e9\u20ac";
  private static final String[] WHITESPACE = {" ", "\t", "\n", "\r", "\u000b", "\u00a0", "\f"};
  private static final String[] INSERTIONS = {
    "\"x\":1,",
    "\"value\":\"1\",",
    "\"unit\":\"Wh\",",
    "\"phase\":\"L1\",",
    "\"timestamp\":\"2026-11-27T08:00:00Z\",",
    "\"connectorId\":2,",
    "\"evseId\":2,",
    "\"customData\":{\"vendorId\":\"v\"},",
    "\"transactionId\":null,",
  };

  /** {@code json} with 1 to 3 random character-level mutations. */
  public static String mutate(String json, Random r) {
    String s = json;
    int count = 1 + r.nextInt(3);
    for (int k = 0; k < count && !s.isEmpty(); k++) {
      int at = r.nextInt(s.length());
      switch (r.nextInt(13)) {
        case 0:
          s = s.substring(0, at) + s.substring(at + 1);
          break;
        case 1:
          s = s.substring(0, at) + ALPHABET.charAt(r.nextInt(ALPHABET.length())) + s.substring(at);
          break;
        case 2:
          s =
              s.substring(0, at)
                  + ALPHABET.charAt(r.nextInt(ALPHABET.length()))
                  + s.substring(at + 1);
          break;
        case 3:
          s = swapCase(s, at);
          break;
        case 4:
          s = s.substring(0, at) + WHITESPACE[r.nextInt(WHITESPACE.length)] + s.substring(at);
          break;
        case 5:
          {
            int brace = s.indexOf('{', at);
            if (brace < 0) {
              brace = s.indexOf('{');
            }
            s =
                s.substring(0, brace + 1)
                    + INSERTIONS[r.nextInt(INSERTIONS.length)]
                    + s.substring(brace + 1);
            break;
          }
        case 6:
          {
            // An escape that denotes the same character: same value for the generic decoder.
            char c = s.charAt(at);
            if (Character.isLetterOrDigit(c)) {
              s =
                  s.substring(0, at)
                      + String.format(Locale.ROOT, "\\u%04x", (int) c)
                      + s.substring(at + 1);
            }
            break;
          }
        case 7:
          s = s.substring(0, at);
          break;
        case 8:
          s = s.substring(0, at) + (r.nextBoolean() ? "\u20ac" : "\ud83d\ude00") + s.substring(at);
          break;
        case 9:
          {
            int digit = indexOfDigit(s, at);
            if (digit >= 0) {
              String[] tails = {".0", "e1", "E+0", "0", "00000000000", ".", "-"};
              s =
                  s.substring(0, digit + 1)
                      + tails[r.nextInt(tails.length)]
                      + s.substring(digit + 1);
            }
            break;
          }
        case 10:
          {
            // An enumeration value or field name in another case.
            int q = s.indexOf('"', at);
            if (q >= 0 && q + 2 < s.length()) {
              s = swapCase(s, q + 1 + r.nextInt(2));
            }
            break;
          }
        case 11:
          {
            // A timestamp digit or separator changed.
            int t = s.indexOf("T", at);
            if (t > 10 && t + 9 < s.length()) {
              int p = t - 10 + r.nextInt(20);
              s = s.substring(0, p) + "09:-.Z+T".charAt(r.nextInt(8)) + s.substring(p + 1);
            }
            break;
          }
        default:
          {
            // A duplicated member of a list or object.
            int open = s.indexOf('{', at);
            int close = open < 0 ? -1 : s.indexOf('}', open);
            if (close > open) {
              s =
                  s.substring(0, close + 1)
                      + ","
                      + s.substring(open, close + 1)
                      + s.substring(close + 1);
            }
            break;
          }
      }
    }
    return s;
  }

  private static int indexOfDigit(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String swapCase(String s, int at) {
    if (at >= s.length()) {
      return s;
    }
    char c = s.charAt(at);
    char d = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    return s.substring(0, at) + d + s.substring(at + 1);
  }
}
