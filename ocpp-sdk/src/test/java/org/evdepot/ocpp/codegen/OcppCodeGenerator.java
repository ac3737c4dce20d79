package org.evdepot.ocpp.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Generates the OCPP 1.6 and 2.0.1 message records, enums, codecs and action catalogs from the
 * official JSON schemas.
 *
 * <p>Run with {@code main(schemasDir, outDir)} where {@code schemasDir} holds {@code v16/} and
 * {@code v201/} and {@code outDir} is a source root (e.g. {@code ocpp-sdk/src/main/java}). The
 * output is deterministic; {@code GeneratedSourcesAreCurrentTest} checks that the committed sources
 * equal a fresh generation.
 *
 * <p>Naming: OCPP 2.0.1 definitions use their {@code javaType}; OCPP 1.6 inline types are named
 * after the OCPP 1.6 specification's type names through {@link #V16_NAMES}, 1.6 security
 * definitions drop their {@code Type} suffix. Types with the same name and the same structure in
 * several files become one Java type; a structurally different type with a taken name is prefixed
 * with the action of its file (OCPP 1.6 {@code StopTransaction} has no {@code Hertz} unit and no
 * {@code minItems}, so its meter values are {@code StopTransactionMeterValue}).
 */
public final class OcppCodeGenerator {

  /** OCPP 1.6 inline type names: key {@code File.json:path} or a property name. */
  static final Map<String, String> V16_NAMES = new LinkedHashMap<>();

  static {
    String[][] names = {
      {"idTagInfo", "IdTagInfo"},
      {"idTagInfo.status", "AuthorizationStatus"},
      {"BootNotificationResponse.json:status", "RegistrationStatus"},
      {"CancelReservationResponse.json:status", "CancelReservationStatus"},
      {"ChangeAvailability.json:type", "AvailabilityType"},
      {"ChangeAvailabilityResponse.json:status", "AvailabilityStatus"},
      {"ChangeConfigurationResponse.json:status", "ConfigurationStatus"},
      {"ClearCacheResponse.json:status", "ClearCacheStatus"},
      {"chargingProfilePurpose", "ChargingProfilePurposeType"},
      {"ClearChargingProfileResponse.json:status", "ClearChargingProfileStatus"},
      {"DataTransferResponse.json:status", "DataTransferStatus"},
      {"DiagnosticsStatusNotification.json:status", "DiagnosticsStatus"},
      {"FirmwareStatusNotification.json:status", "FirmwareStatus"},
      {"chargingRateUnit", "ChargingRateUnitType"},
      {"GetCompositeScheduleResponse.json:status", "GetCompositeScheduleStatus"},
      {"chargingSchedule", "ChargingSchedule"},
      {"chargingSchedulePeriod", "ChargingSchedulePeriod"},
      {"configurationKey", "KeyValue"},
      {"meterValue", "MeterValue"},
      {"transactionData", "MeterValue"},
      {"sampledValue", "SampledValue"},
      {"context", "ReadingContext"},
      {"format", "ValueFormat"},
      {"measurand", "Measurand"},
      {"phase", "Phase"},
      {"location", "Location"},
      {"unit", "UnitOfMeasure"},
      {"chargingProfile", "ChargingProfile"},
      {"csChargingProfiles", "ChargingProfile"},
      {"chargingProfileKind", "ChargingProfileKindType"},
      {"recurrencyKind", "RecurrencyKindType"},
      {"RemoteStartTransactionResponse.json:status", "RemoteStartStopStatus"},
      {"RemoteStopTransactionResponse.json:status", "RemoteStartStopStatus"},
      {"ReserveNowResponse.json:status", "ReservationStatus"},
      {"Reset.json:type", "ResetType"},
      {"ResetResponse.json:status", "ResetStatus"},
      {"localAuthorizationList", "AuthorizationData"},
      {"updateType", "UpdateType"},
      {"SendLocalListResponse.json:status", "UpdateStatus"},
      {"SetChargingProfileResponse.json:status", "ChargingProfileStatus"},
      {"StatusNotification.json:errorCode", "ChargePointErrorCode"},
      {"StatusNotification.json:status", "ChargePointStatus"},
      {"StopTransaction.json:reason", "Reason"},
      {"TriggerMessage.json:requestedMessage", "MessageTrigger"},
      {"TriggerMessageResponse.json:status", "TriggerMessageStatus"},
      {"UnlockConnectorResponse.json:status", "UnlockStatus"},
    };
    for (String[] n : names) {
      V16_NAMES.put(n[0], n[1]);
    }
  }

  /** OCPP 1.6 actions the charge point sends; DataTransfer goes both ways. */
  static final Set<String> V16_FROM_STATION =
      Set.of(
          "Authorize",
          "BootNotification",
          "DiagnosticsStatusNotification",
          "FirmwareStatusNotification",
          "Heartbeat",
          "MeterValues",
          "StartTransaction",
          "StatusNotification",
          "StopTransaction",
          "SecurityEventNotification",
          "SignCertificate",
          "LogStatusNotification",
          "SignedFirmwareStatusNotification");

  /** OCPP 2.0.1 actions the charging station sends (from the use cases of part 2). */
  static final Set<String> V201_FROM_STATION =
      Set.of(
          "Authorize",
          "BootNotification",
          "ClearedChargingLimit",
          "FirmwareStatusNotification",
          "Get15118EVCertificate",
          "GetCertificateStatus",
          "Heartbeat",
          "LogStatusNotification",
          "MeterValues",
          "NotifyChargingLimit",
          "NotifyCustomerInformation",
          "NotifyDisplayMessages",
          "NotifyEVChargingNeeds",
          "NotifyEVChargingSchedule",
          "NotifyEvent",
          "NotifyMonitoringReport",
          "NotifyReport",
          "PublishFirmwareStatusNotification",
          "ReportChargingProfiles",
          "ReservationStatusUpdate",
          "SecurityEventNotification",
          "SignCertificate",
          "StatusNotification",
          "TransactionEvent");

  private static final Map<String, String> CONSTANT_OVERRIDES =
      Map.of(
          "kWh", "KWH", "kW", "KW", "kVA", "KVA", "SoC", "SOC", "kvarh", "KVARH", "kvar", "KVAR");

  private static final ObjectMapper JSON = new ObjectMapper();

  // ------------------------------------------------------------------ model

  enum Kind {
    STRING,
    INT,
    DECIMAL,
    BOOL,
    INSTANT,
    ENUM,
    OBJECT,
    ANY,
    LIST
  }

  /** The shape of one value: its kind and constraints. */
  static final class Shape {
    Kind kind;
    int maxLength = -1;
    BigDecimal minimum;
    BigDecimal maximum;
    BigDecimal multipleOf;
    EnumType enumType;
    ObjType objType;
    Shape item;
    int minItems;
    int maxItems = -1;

    String signature() {
      switch (kind) {
        case STRING:
          return "S" + maxLength;
        case INT:
        case DECIMAL:
          return kind + "(" + minimum + "," + maximum + "," + multipleOf + ")";
        case ENUM:
          return "E" + enumType.name;
        case OBJECT:
          return "O" + objType.name;
        case LIST:
          return "L" + minItems + "," + maxItems + "[" + item.signature() + "]";
        default:
          return kind.name();
      }
    }
  }

  /** A property of an object. */
  static final class Prop {
    String name;
    String defaultValue;
    String description;
    boolean required;
    Shape shape;
  }

  /** A generated type. */
  abstract static class Type {
    String name;
    String description;

    abstract String signature();
  }

  static final class EnumType extends Type {
    List<String> values = new ArrayList<>();

    @Override
    String signature() {
      return "enum" + values;
    }
  }

  static final class ObjType extends Type {
    List<Prop> props = new ArrayList<>();
    boolean open;
    String action;
    boolean request;
    boolean message;

    @Override
    String signature() {
      StringBuilder b = new StringBuilder("obj" + open + "{");
      for (Prop p : props) {
        b.append(p.name).append(p.required ? "!" : "?").append(':').append(p.shape.signature());
        b.append(';');
      }
      return b.append('}').toString();
    }
  }

  /** One version being generated. */
  static final class Version {
    final String dir;
    final String label;
    final String pkg;
    final String enumConstant;
    final String catalog;
    final Map<String, Type> types = new TreeMap<>();
    final List<ObjType[]> actions = new ArrayList<>();

    Version(String dir, String label, String enumConstant, String catalog) {
      this.dir = dir;
      this.label = label;
      this.pkg = "org.evdepot.ocpp." + dir;
      this.enumConstant = enumConstant;
      this.catalog = catalog;
    }

    /** Registers {@code t}, reusing an identical type of the same name. */
    Type register(Type t, String context) {
      String base = t.name;
      for (int n = 0; ; n++) {
        String candidate = n == 0 ? base : n == 1 ? context + base : context + base + n;
        Type existing = types.get(candidate);
        if (existing == null) {
          t.name = candidate;
          types.put(candidate, t);
          return t;
        }
        if (existing.signature().equals(t.signature())) {
          if (existing.description == null) {
            existing.description = t.description;
          }
          return existing;
        }
      }
    }
  }

  // ------------------------------------------------------------------ entry point

  /**
   * Generates both versions.
   *
   * @param args {@code schemasDir outDir}
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: OcppCodeGenerator <schemasDir> <outDir>");
    }
    generate(Path.of(args[0]), Path.of(args[1]));
  }

  /** Generates both versions from {@code schemasDir} into the source root {@code outDir}. */
  public static void generate(Path schemasDir, Path outDir) throws IOException {
    generateVersion("v16", schemasDir, outDir);
    generateVersion("v201", schemasDir, outDir);
  }

  /** Generates one version ({@code v16} or {@code v201}) from {@code schemasDir/<version>}. */
  static void generateVersion(String version, Path schemasDir, Path outDir) throws IOException {
    if (version.equals("v16")) {
      generate(new Version("v16", "1.6", "V16", "V16Actions"), schemasDir, outDir);
    } else if (version.equals("v201")) {
      generate(new Version("v201", "2.0.1", "V201", "V201Actions"), schemasDir, outDir);
    } else {
      throw new IllegalArgumentException("unknown version " + version);
    }
  }

  private static void generate(Version v, Path schemasDir, Path outDir) throws IOException {
    Path dir = schemasDir.resolve(v.dir);
    List<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted().toList();
    }
    for (String f : files) {
      if (f.endsWith("Response.json")) {
        continue;
      }
      String action =
          f.endsWith("Request.json")
              ? f.substring(0, f.length() - "Request.json".length())
              : f.substring(0, f.length() - ".json".length());
      String responseFile = action + "Response.json";
      if (!files.contains(responseFile)) {
        throw new IllegalStateException("no response schema for " + f);
      }
      ObjType req = message(v, dir, f, action, true);
      ObjType res = message(v, dir, responseFile, action, false);
      v.actions.add(new ObjType[] {req, res});
    }
    Path pkgDir = outDir.resolve(v.pkg.replace('.', '/'));
    Files.createDirectories(pkgDir);
    try (Stream<Path> s = Files.list(pkgDir)) {
      for (Path old : s.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (!old.getFileName().toString().equals("package-info.java")) {
          Files.delete(old);
        }
      }
    }
    for (Type t : v.types.values()) {
      String src = t instanceof EnumType e ? enumSource(v, e) : recordSource(v, (ObjType) t);
      write(pkgDir.resolve(t.name + ".java"), src);
    }
    write(pkgDir.resolve(v.catalog + ".java"), catalogSource(v));
  }

  private static void write(Path file, String content) {
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ schema reading

  private static ObjType message(Version v, Path dir, String file, String action, boolean request)
      throws IOException {
    JsonNode root = JSON.readTree(dir.resolve(file).toFile());
    ObjType t = new ObjType();
    t.name = action + (request ? "Request" : "Response");
    t.action = action;
    t.request = request;
    t.message = true;
    t.description = clean(text(root, "description"));
    fillObject(v, root, root, file, "", t);
    if (v.types.containsKey(t.name)) {
      throw new IllegalStateException("type name clash: " + t.name);
    }
    v.types.put(t.name, t);
    return t;
  }

  private static void fillObject(
      Version v, JsonNode root, JsonNode node, String file, String path, ObjType t) {
    JsonNode additional = node.get("additionalProperties");
    t.open = additional == null || !additional.isBoolean() || additional.booleanValue();
    Set<String> required = new LinkedHashSet<>();
    if (node.has("required")) {
      node.get("required").forEach(r -> required.add(r.asText()));
    }
    JsonNode props = node.get("properties");
    if (props != null) {
      for (Map.Entry<String, JsonNode> e : props.properties()) {
        Prop p = new Prop();
        p.name = e.getKey();
        if (Set.of("field", "p", "ctx", "g", "out", "extensions", "item", "built", "violations")
            .contains(p.name)) {
          throw new IllegalStateException(file + ": property name clashes with generated code");
        }
        p.required = required.contains(p.name);
        p.description = clean(text(e.getValue(), "description"));
        if (p.description == null && e.getValue().has("$ref")) {
          String ref = e.getValue().get("$ref").asText();
          JsonNode target = root.at("/definitions/" + ref.substring(ref.lastIndexOf('/') + 1));
          p.description =
              "CustomData".equals(text(target, "javaType"))
                  ? "Vendor-specific extension data."
                  : clean(text(target, "description"));
        }
        JsonNode def = e.getValue().get("default");
        if (def == null && e.getValue().has("$ref")) {
          String ref = e.getValue().get("$ref").asText();
          def = root.at("/definitions/" + ref.substring(ref.lastIndexOf('/') + 1) + "/default");
          def = def.isMissingNode() ? null : def;
        }
        p.defaultValue = def == null ? null : def.asText();
        String childPath = path.isEmpty() ? p.name : path + "." + p.name;
        p.shape = shape(v, root, e.getValue(), file, childPath, p.name);
        t.props.add(p);
      }
    }
    for (String r : required) {
      if (t.props.stream().noneMatch(p -> p.name.equals(r))) {
        throw new IllegalStateException(file + ": required " + r + " is not a property");
      }
    }
  }

  private static Shape shape(
      Version v, JsonNode root, JsonNode node, String file, String path, String prop) {
    String refName = null;
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/definitions/")) {
        throw new IllegalStateException(file + ": unsupported $ref " + ref);
      }
      refName = ref.substring("#/definitions/".length());
      node = root.get("definitions").get(refName);
    }
    Shape s = new Shape();
    String type = text(node, "type");
    if (type == null) {
      s.kind = Kind.ANY;
      return s;
    }
    switch (type) {
      case "string":
        if (node.has("enum")) {
          EnumType e = new EnumType();
          node.get("enum").forEach(x -> e.values.add(x.asText()));
          e.name = typeName(v, node, file, path, prop, refName);
          e.description = clean(text(node, "description"));
          s.kind = Kind.ENUM;
          s.enumType = (EnumType) v.register(e, actionOf(file));
        } else if ("date-time".equals(text(node, "format"))) {
          s.kind = Kind.INSTANT;
        } else {
          s.kind = Kind.STRING;
          if (node.has("maxLength")) {
            s.maxLength = node.get("maxLength").intValue();
          }
        }
        return s;
      case "integer":
      case "number":
        s.kind = type.equals("integer") ? Kind.INT : Kind.DECIMAL;
        s.minimum = node.has("minimum") ? node.get("minimum").decimalValue() : null;
        s.maximum = node.has("maximum") ? node.get("maximum").decimalValue() : null;
        s.multipleOf = node.has("multipleOf") ? node.get("multipleOf").decimalValue() : null;
        if (s.kind == Kind.INT && s.multipleOf != null) {
          throw new IllegalStateException(file + ": multipleOf on an integer");
        }
        return s;
      case "boolean":
        s.kind = Kind.BOOL;
        return s;
      case "array":
        s.kind = Kind.LIST;
        s.minItems = node.has("minItems") ? node.get("minItems").intValue() : 0;
        s.maxItems = node.has("maxItems") ? node.get("maxItems").intValue() : -1;
        s.item = shape(v, root, node.get("items"), file, path, prop);
        if (s.item.kind == Kind.LIST) {
          throw new IllegalStateException(file + ": nested arrays are not supported");
        }
        return s;
      case "object":
        {
          ObjType o = new ObjType();
          o.name = typeName(v, node, file, path, prop, refName);
          o.description = clean(text(node, "description"));
          fillObject(v, root, node, file, path, o);
          s.kind = Kind.OBJECT;
          s.objType = (ObjType) v.register(o, actionOf(file));
          return s;
        }
      default:
        throw new IllegalStateException(file + ": unsupported type " + type + " at " + path);
    }
  }

  private static String typeName(
      Version v, JsonNode node, String file, String path, String prop, String refName) {
    String javaType = text(node, "javaType");
    if (javaType != null) {
      return javaType;
    }
    if (refName != null) {
      return refName.endsWith("Type") && refName.length() > 4
          ? refName.substring(0, refName.length() - 4)
          : refName;
    }
    if (v.dir.equals("v16")) {
      String byFile = V16_NAMES.get(file + ":" + path);
      if (byFile != null) {
        return byFile;
      }
      int dot = path.lastIndexOf('.');
      if (dot > 0) {
        int dot2 = path.lastIndexOf('.', dot - 1);
        String last2 = path.substring(dot2 + 1);
        if (V16_NAMES.containsKey(last2)) {
          return V16_NAMES.get(last2);
        }
      }
      if (V16_NAMES.containsKey(prop)) {
        return V16_NAMES.get(prop);
      }
    }
    // Derived: the property name, capitalised.
    return Character.toUpperCase(prop.charAt(0)) + prop.substring(1);
  }

  private static String actionOf(String file) {
    String base = file.substring(0, file.length() - ".json".length());
    for (String suffix : new String[] {"Request", "Response"}) {
      if (base.endsWith(suffix)) {
        return base.substring(0, base.length() - suffix.length());
      }
    }
    return base;
  }

  private static String text(JsonNode node, String field) {
    JsonNode n = node.get(field);
    return n == null || !n.isTextual() ? null : n.asText();
  }

  /** The useful sentences of an OCPP 2.0.1 description, without data dictionary references. */
  static String clean(String d) {
    if (d == null) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    for (String line : d.split("\\r?\\n")) {
      String l = line.trim();
      if (!l.isEmpty() && !l.startsWith("urn:x-")) {
        lines.add(l);
      }
    }
    if (lines.size() > 1) {
      String first = lines.get(0);
      if (first.contains("_ ") || (first.contains(". ") && !first.endsWith("."))) {
        lines.remove(0);
      }
    }
    if (lines.isEmpty()) {
      return null;
    }
    String s =
        String.join(" ", lines)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
            .replaceAll("<<[^,>]*,([^>]*)>>", "$1")
            .replaceAll("<<([^>]*)>>", "$1");
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("*/", "*&#47;")
        .replace("\\", "&#92;");
  }

  // ------------------------------------------------------------------ naming helpers

  static String constantName(String wire) {
    String o = CONSTANT_OVERRIDES.get(wire);
    if (o != null) {
      return o;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < wire.length(); i++) {
      char c = wire.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
          b.append('_');
        }
        continue;
      }
      if (Character.isUpperCase(c) && i > 0) {
        char prev = wire.charAt(i - 1);
        boolean nextLower = i + 1 < wire.length() && Character.isLowerCase(wire.charAt(i + 1));
        if (Character.isLowerCase(prev)
            || (Character.isUpperCase(prev) && nextLower)
            || (Character.isDigit(prev) && nextLower)) {
          if (b.charAt(b.length() - 1) != '_') {
            b.append('_');
          }
        }
      }
      b.append(Character.toUpperCase(c));
    }
    String s = b.toString();
    while (s.endsWith("_")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
      s = "V_" + s;
    }
    return s;
  }

  static String upperSnake(String camel) {
    return constantName(camel);
  }

  static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ------------------------------------------------------------------ source writing

  /** Collects a source file: lines with indentation, and the imports used. */
  static final class Src {
    final StringBuilder body = new StringBuilder();
    final Set<String> imports = new TreeSet<>();
    int indent;

    Src line(String s) {
      if (s.isEmpty()) {
        body.append('\n');
        return this;
      }
      String pad = "  ".repeat(indent);
      if (pad.length() + s.length() <= 100 || s.startsWith("*") || s.startsWith("/")) {
        body.append(pad).append(s).append('\n');
        return this;
      }
      for (String part : breakCode(s, 100 - pad.length())) {
        body.append(pad).append(part).append('\n');
      }
      return this;
    }

    /** Breaks a long statement at its assignment, its first call, or before a clause. */
    static List<String> breakCode(String s, int width) {
      List<String> out = new ArrayList<>();
      for (String clause : new String[] {" implements ", " throws "}) {
        int at = s.indexOf(clause);
        if (at > 0) {
          out.add(s.substring(0, at));
          out.add("    " + s.substring(at + 1));
          return out;
        }
      }
      int eq = s.indexOf(" = ");
      String cont = s;
      String lead = "";
      if (eq > 0 && s.indexOf('(') > eq) {
        out.add(s.substring(0, eq + 2));
        cont = s.substring(eq + 3);
        lead = "    ";
        if (lead.length() + cont.length() <= width) {
          out.add(lead + cont);
          return out;
        }
      }
      int paren = cont.indexOf('(');
      if (cont.endsWith(") {") && !cont.endsWith("() {") && paren > 0) {
        out.add(lead + cont.substring(0, paren + 1));
        out.add(lead + "    " + cont.substring(paren + 1));
        return out;
      }
      if (cont.endsWith("() {")) {
        int space = cont.lastIndexOf(' ', cont.length() - 5);
        out.add(lead + cont.substring(0, space));
        out.add(lead + "    " + cont.substring(space + 1));
        return out;
      }
      int open = cont.indexOf('(');
      if (open > 0 && cont.endsWith(";") && cont.charAt(cont.length() - 2) == ')') {
        out.add(lead + cont.substring(0, open + 1));
        String args = cont.substring(open + 1);
        if (lead.length() + 4 + args.length() <= width) {
          out.add(lead + "    " + args);
        } else {
          List<String> parts = splitTopLevel(args.substring(0, args.length() - 2));
          for (int i = 0; i < parts.size(); i++) {
            out.add(lead + "    " + parts.get(i) + (i == parts.size() - 1 ? ");" : ","));
          }
        }
        return out;
      }
      out.add(lead + cont);
      return out;
    }

    /** Splits call arguments at commas outside parentheses and angle brackets. */
    static List<String> splitTopLevel(String args) {
      List<String> parts = new ArrayList<>();
      int depth = 0;
      int start = 0;
      for (int i = 0; i < args.length(); i++) {
        char c = args.charAt(i);
        if (c == '(' || c == '<') {
          depth++;
        } else if (c == ')' || c == '>') {
          depth--;
        } else if (c == ',' && depth == 0) {
          parts.add(args.substring(start, i).trim());
          start = i + 1;
        }
      }
      parts.add(args.substring(start).trim());
      return parts;
    }

    Src open(String s) {
      line(s);
      indent++;
      return this;
    }

    Src close(String s) {
      indent--;
      line(s);
      return this;
    }

    Src use(String... classes) {
      imports.addAll(List.of(classes));
      return this;
    }

    /** Javadoc with wrapped paragraphs; a paragraph starting with "@" is a tag. */
    Src doc(String... paragraphs) {
      List<String> ps = new ArrayList<>();
      for (String p : paragraphs) {
        if (p != null && !p.isEmpty()) {
          ps.add(p);
        }
      }
      int width = 100 - 2 * indent - 3;
      if (ps.size() == 1 && ps.get(0).length() <= width - 4 && !ps.get(0).startsWith("@")) {
        return line("/** " + ps.get(0) + " */");
      }
      line("/**");
      boolean prevTag = false;
      for (int i = 0; i < ps.size(); i++) {
        String p = ps.get(i);
        boolean tag = p.startsWith("@");
        if (i > 0 && !(tag && prevTag)) {
          line(" *");
        }
        String prefix = (i > 0 && !tag) ? "<p>" : "";
        List<String> wrapped = wrap(prefix + p, tag ? width - 4 : width);
        for (int j = 0; j < wrapped.size(); j++) {
          line(" * " + (j > 0 && tag ? "    " : "") + wrapped.get(j));
        }
        prevTag = tag;
      }
      return line(" */");
    }

    static List<String> wrap(String text, int width) {
      List<String> out = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      for (String word : text.split(" +")) {
        if (cur.length() > 0 && cur.length() + 1 + word.length() > width) {
          out.add(cur.toString());
          cur.setLength(0);
        }
        if (cur.length() > 0) {
          cur.append(' ');
        }
        cur.append(word);
      }
      if (cur.length() > 0) {
        out.add(cur.toString());
      }
      return out;
    }

    String render(Version v, String header) {
      StringBuilder b = new StringBuilder();
      b.append("// Generated from the OCPP ")
          .append(v.label)
          .append(" JSON schemas by OcppCodeGenerator; must not be edited.\n")
          .append(
              "// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it")
          .append(" again.\n");
      b.append("package ").append(v.pkg).append(";\n\n");
      if (!imports.isEmpty()) {
        for (String i : imports) {
          b.append("import ").append(i).append(";\n");
        }
        b.append('\n');
      }
      b.append(header);
      b.append(body);
      return b.toString();
    }
  }

  // ------------------------------------------------------------------ enums

  private static String enumSource(Version v, EnumType e) {
    Src s = new Src();
    s.use(
        "com.fasterxml.jackson.core.JsonParser",
        "com.fasterxml.jackson.core.JsonToken",
        "java.io.IOException",
        "java.util.Optional",
        "org.evdepot.ocpp.codec.DecodeContext",
        "org.evdepot.ocpp.internal.codec.Codecs",
        "org.evdepot.ocpp.codec.WireEnum");
    s.doc(
        e.description == null
            ? "OCPP " + v.label + " enumeration {@code " + e.name + "}."
            : e.description,
        "Each constant carries its exact value on the wire ({@link #wireValue()}).");
    s.open("public enum " + e.name + " implements WireEnum {");
    Set<String> used = new LinkedHashSet<>();
    List<String> constants = new ArrayList<>();
    for (String value : e.values) {
      String c = constantName(value);
      String unique = c;
      for (int n = 2; !used.add(unique); n++) {
        unique = c + "_" + n;
      }
      constants.add(unique);
    }
    for (int i = 0; i < e.values.size(); i++) {
      s.doc("{@code " + e.values.get(i) + "}");
      s.line(
          constants.get(i)
              + "(\""
              + e.values.get(i)
              + "\")"
              + (i == e.values.size() - 1 ? ";" : ","));
    }
    s.line("");
    s.line("private final String wireValue;");
    s.line("");
    s.open(e.name + "(String wireValue) {");
    s.line("this.wireValue = wireValue;");
    s.close("}");
    s.line("");
    s.doc("The value as it appears in JSON.");
    s.line("@Override");
    s.open("public String wireValue() {");
    s.line("return wireValue;");
    s.close("}");
    s.line("");
    s.doc("The constant whose wire value is exactly {@code value}, if any.");
    s.open("public static Optional<" + e.name + "> fromWireValue(String value) {");
    s.line("return Optional.ofNullable(lookup(value));");
    s.close("}");
    s.line("");
    s.open("private static " + e.name + " lookup(String value) {");
    s.open("switch (value) {");
    for (int i = 0; i < e.values.size(); i++) {
      s.line("case \"" + e.values.get(i) + "\":");
      s.indent++;
      s.line("return " + constants.get(i) + ";");
      s.indent--;
    }
    s.line("default:");
    s.indent++;
    s.line("return null;");
    s.indent--;
    s.close("}");
    s.close("}");
    s.line("");
    s.doc(
        "Reads a value for the generated codecs: exact members only, or in lenient mode members in"
            + " the wrong case (with a warning). Matches the parser's characters without allocating.");
    s.open(
        "static "
            + e.name
            + " read(JsonParser p, DecodeContext ctx, String field) throws IOException {");
    s.open("if (p.currentToken() != JsonToken.VALUE_STRING) {");
    s.line("throw Codecs.wrongType(field, \"a string\", p.currentToken());");
    s.close("}");
    s.line(e.name + " value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());");
    s.line(
        "return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);");
    s.close("}");
    s.line("");
    s.open("private static " + e.name + " match(char[] text, int offset, int length) {");
    Map<Integer, List<Integer>> byLength = new TreeMap<>();
    for (int i = 0; i < e.values.size(); i++) {
      byLength.computeIfAbsent(e.values.get(i).length(), k -> new ArrayList<>()).add(i);
    }
    s.open("switch (length) {");
    for (Map.Entry<Integer, List<Integer>> en : byLength.entrySet()) {
      s.line("case " + en.getKey() + ":");
      s.indent++;
      for (int i : en.getValue()) {
        s.open("if (Codecs.sameText(\"" + e.values.get(i) + "\", text, offset)) {");
        s.line("return " + constants.get(i) + ";");
        s.close("}");
      }
      s.line("return null;");
      s.indent--;
    }
    s.line("default:");
    s.indent++;
    s.line("return null;");
    s.indent--;
    s.close("}");
    s.close("}");
    s.close("}");
    return s.render(v, "");
  }

  // ------------------------------------------------------------------ records

  private static String javaType(Shape s, boolean required, Src src) {
    switch (s.kind) {
      case STRING:
        return "String";
      case INT:
        return required ? "int" : "Integer";
      case DECIMAL:
        src.use("java.math.BigDecimal");
        return "BigDecimal";
      case BOOL:
        return required ? "boolean" : "Boolean";
      case INSTANT:
        src.use("java.time.Instant");
        return "Instant";
      case ENUM:
        return s.enumType.name;
      case OBJECT:
        return s.objType.name;
      case ANY:
        src.use("com.fasterxml.jackson.databind.JsonNode");
        return "JsonNode";
      case LIST:
        src.use("java.util.List");
        return "List<" + javaType(s.item, false, src) + ">";
      default:
        throw new IllegalStateException();
    }
  }

  private static boolean primitive(Prop p) {
    return p.required && (p.shape.kind == Kind.INT || p.shape.kind == Kind.BOOL);
  }

  private static String constraintsDoc(Shape s) {
    List<String> c = new ArrayList<>();
    switch (s.kind) {
      case STRING:
        if (s.maxLength >= 0) {
          c.add("at most " + s.maxLength + " characters");
        }
        break;
      case INT:
      case DECIMAL:
        if (s.minimum != null) {
          c.add("at least " + s.minimum.toPlainString());
        }
        if (s.maximum != null) {
          c.add("at most " + s.maximum.toPlainString());
        }
        if (s.multipleOf != null) {
          c.add("a multiple of " + s.multipleOf.toPlainString());
        }
        break;
      case INSTANT:
        c.add("written as UTC with at most millisecond precision");
        break;
      case ANY:
        c.add("any JSON value");
        break;
      case LIST:
        if (s.minItems > 0) {
          c.add("at least " + s.minItems + (s.minItems == 1 ? " item" : " items"));
        }
        if (s.maxItems >= 0) {
          c.add("at most " + s.maxItems + (s.maxItems == 1 ? " item" : " items"));
        }
        String inner = constraintsDoc(s.item);
        if (!inner.isEmpty()) {
          c.add("each " + inner);
        }
        break;
      default:
        break;
    }
    return String.join(", ", c);
  }

  private static String recordSource(Version v, ObjType t) {
    Src s = new Src();
    s.use(
        "com.fasterxml.jackson.core.JsonGenerator",
        "com.fasterxml.jackson.core.JsonParser",
        "com.fasterxml.jackson.core.JsonToken",
        "java.io.IOException",
        "java.util.List",
        "org.evdepot.ocpp.codec.DecodeContext",
        "org.evdepot.ocpp.codec.MessageCodec",
        "org.evdepot.ocpp.codec.Violation",
        "org.evdepot.ocpp.internal.codec.Codecs");
    List<String> docs = new ArrayList<>();
    if (t.message) {
      docs.add(
          "The {@code "
              + t.action
              + "} "
              + (t.request ? "request" : "response")
              + " of OCPP "
              + v.label
              + (t.request ? ", answered by {@link " + t.action + "Response}." : "."));
      if (t.description != null) {
        docs.add(t.description);
      }
    } else {
      docs.add(
          t.description != null
              ? t.description
              : "OCPP " + v.label + " type {@code " + t.name + "}.");
    }
    docs.add(
        "Optional components are {@code null} when absent; required components are never null."
            + (t.open
                ? " Properties the schema does not name are kept in {@code extensions}."
                : ""));
    for (Prop p : t.props) {
      String c = constraintsDoc(p.shape);
      docs.add(
          "@param "
              + p.name
              + " "
              + (p.required ? "required" : "optional, null when absent")
              + (p.defaultValue == null
                  ? ""
                  : " (the schema's default {@code " + p.defaultValue + "} is not filled in)")
              + (c.isEmpty() ? "" : "; " + c)
              + (p.description == null ? "" : ". " + p.description));
    }
    if (t.open) {
      docs.add(
          "@param extensions properties not named by the schema, in the order read; never null");
    }
    // Header: javadoc + record declaration are emitted into the body.
    s.doc(docs.toArray(new String[0]));
    List<String> comps = new ArrayList<>();
    for (Prop p : t.props) {
      comps.add(javaType(p.shape, p.required, s) + " " + p.name);
    }
    if (t.open) {
      s.use("java.util.Map", "com.fasterxml.jackson.databind.JsonNode");
      comps.add("Map<String, JsonNode> extensions");
    }
    String impl =
        t.message ? (t.request ? "OcppRequest<" + t.action + "Response>" : "OcppResponse") : null;
    if (t.message) {
      s.use(t.request ? "org.evdepot.ocpp.OcppRequest" : "org.evdepot.ocpp.OcppResponse");
    }
    if (comps.isEmpty()) {
      s.open("public record " + t.name + "()" + (impl == null ? "" : " implements " + impl) + " {");
    } else {
      s.line("public record " + t.name + "(");
      s.indent += 2;
      for (int i = 0; i < comps.size(); i++) {
        s.line(comps.get(i) + (i == comps.size() - 1 ? ")" : ","));
      }
      s.indent -= 2;
      if (impl == null) {
        s.body.setLength(s.body.length() - 1);
        s.body.append(" {\n");
        s.indent++;
      } else {
        s.indent += 2;
        s.line("implements " + impl + " {");
        s.indent--;
      }
    }
    s.line("");
    s.doc("Reads, writes and validates this type with the streaming API.");
    s.line("public static final MessageCodec<" + t.name + "> CODEC = new Codec();");
    // field names
    if (!t.props.isEmpty()) {
      s.use("com.fasterxml.jackson.core.io.SerializedString");
      s.line("");
    }
    for (Prop p : t.props) {
      s.line(
          "private static final SerializedString "
              + nameConst(p)
              + " = new SerializedString(\""
              + p.name
              + "\");");
    }
    // compact constructor
    List<Prop> checked = new ArrayList<>();
    for (Prop p : t.props) {
      if ((p.required && !primitive(p)) || p.shape.kind == Kind.LIST) {
        checked.add(p);
      }
    }
    if (!checked.isEmpty() || t.open) {
      s.line("");
      s.use("java.util.Objects");
      boolean hasLists = t.props.stream().anyMatch(p -> p.shape.kind == Kind.LIST);
      s.doc(
          "Creates the value"
              + (hasLists ? "; lists are copied into immutable lists" : "")
              + (t.open ? "; extensions are copied into an immutable, ordered map" : "")
              + ".",
          "@throws NullPointerException naming the component when a required component is null");
      s.open("public " + t.name + " {");
      for (Prop p : checked) {
        if (p.required) {
          s.line("Objects.requireNonNull(" + p.name + ", \"" + p.name + "\");");
          if (p.shape.kind == Kind.LIST) {
            s.line(p.name + " = List.copyOf(" + p.name + ");");
          }
        } else {
          s.line(p.name + " = " + p.name + " == null ? null : List.copyOf(" + p.name + ");");
        }
      }
      if (t.open) {
        s.use("java.util.Collections", "java.util.LinkedHashMap");
        s.line("extensions =");
        s.indent += 2;
        s.line("extensions == null || extensions.isEmpty()");
        s.indent += 2;
        s.line("? Map.of()");
        s.line(": Collections.unmodifiableMap(new LinkedHashMap<>(extensions));");
        s.indent -= 4;
      }
      s.close("}");
    }
    if (t.open) {
      // convenience constructor without extensions
      s.line("");
      s.doc("Creates the value without extension properties.");
      List<String> params = new ArrayList<>();
      List<String> args = new ArrayList<>();
      for (Prop p : t.props) {
        params.add(javaType(p.shape, p.required, s) + " " + p.name);
        args.add(p.name);
      }
      args.add("Map.of()");
      s.open("public " + t.name + "(" + String.join(", ", params) + ") {");
      s.line("this(" + String.join(", ", args) + ");");
      s.close("}");
    }
    if (t.message && t.request) {
      s.use("org.evdepot.ocpp.ActionType");
      s.line("");
      s.doc("The {@code " + t.action + "} action.");
      s.line("@Override");
      s.open("public ActionType<" + t.name + ", " + t.action + "Response> actionType() {");
      s.line("return " + v.catalog + "." + upperSnake(t.action) + ";");
      s.close("}");
    }
    if (t.props.stream().anyMatch(p -> isSecret(p.name))) {
      secretSafeToString(s, t);
    }
    if (t.props.size() > 3) {
      builder(s, t);
    }
    codec(s, t);
    s.close("}");
    return s.render(v, "");
  }

  static boolean isSecret(String property) {
    return property.toLowerCase(Locale.ROOT).endsWith("password");
  }

  private static void secretSafeToString(Src s, ObjType t) {
    s.line("");
    s.doc("Like the default record string, but passwords are masked so that logs never hold them.");
    s.line("@Override");
    s.open("public String toString() {");
    List<String> parts = new ArrayList<>();
    for (Prop p : t.props) {
      parts.add(
          p.name
              + "=\" + "
              + (isSecret(p.name) ? "(" + p.name + " == null ? \"null\" : \"****\")" : p.name));
    }
    if (t.open) {
      parts.add("extensions=\" + extensions");
    }
    s.line("return \"" + t.name + "[\"");
    s.indent += 2;
    for (int i = 0; i < parts.size(); i++) {
      s.line("+ \"" + (i > 0 ? ", " : "") + parts.get(i));
    }
    s.line("+ \"]\";");
    s.indent -= 2;
    s.close("}");
  }

  private static String nameConst(Prop p) {
    return "NAME_" + upperSnake(p.name);
  }

  private static void builder(Src s, ObjType t) {
    s.line("");
    s.doc(
        "A builder; {@link Builder#build()} checks that required fields are set and that every"
            + " value meets the schema's constraints.");
    s.open("public static Builder builder() {");
    s.line("return new Builder();");
    s.close("}");
    s.line("");
    s.doc("Builds a {@link " + t.name + "}; not thread-safe.");
    s.open("public static final class Builder {");
    for (Prop p : t.props) {
      s.line("private " + javaType(p.shape, false, s) + " " + p.name + ";");
    }
    if (t.open) {
      s.line("private Map<String, JsonNode> extensions = Map.of();");
    }
    s.line("");
    s.line("private Builder() {}");
    for (Prop p : t.props) {
      s.line("");
      s.doc("Sets {@code " + p.name + "} (" + (p.required ? "required" : "optional") + ").");
      s.open(
          "public Builder "
              + p.name
              + "("
              + javaType(p.shape, p.required, s)
              + " "
              + p.name
              + ") {");
      s.line("this." + p.name + " = " + p.name + ";");
      s.line("return this;");
      s.close("}");
    }
    if (t.open) {
      s.line("");
      s.doc("Sets the properties not named by the schema.");
      s.open("public Builder extensions(Map<String, JsonNode> extensions) {");
      s.line("this.extensions = extensions;");
      s.line("return this;");
      s.close("}");
    }
    s.line("");
    s.doc(
        "Creates the value.",
        "@throws IllegalStateException when a required field is not set",
        "@throws IllegalArgumentException when a value breaks a constraint of the schema");
    s.open("public " + t.name + " build() {");
    for (Prop p : t.props) {
      if (p.required) {
        s.open("if (" + p.name + " == null) {");
        s.line(
            "throw new IllegalStateException(\""
                + t.name
                + "."
                + p.name
                + " is required but was not set\");");
        s.close("}");
      }
    }
    List<String> args = new ArrayList<>();
    for (Prop p : t.props) {
      args.add(p.name);
    }
    if (t.open) {
      args.add("extensions");
    }
    s.line(t.name + " built = new " + t.name + "(" + String.join(", ", args) + ");");
    s.line("List<Violation> violations = CODEC.validate(built);");
    s.open("if (!violations.isEmpty()) {");
    s.line("throw new IllegalArgumentException(\"invalid " + t.name + ": \" + violations);");
    s.close("}");
    s.line("return built;");
    s.close("}");
    s.close("}");
  }

  /** Expression reading a value of shape {@code sh}; {@code field} is a Java string literal. */
  private static String readExpr(Src s, Shape sh, String field, String listConst) {
    switch (sh.kind) {
      case STRING:
        return "Codecs.readString(p, " + field + ", " + sh.maxLength + ")";
      case INT:
        {
          String e = "Codecs.readInt(p, " + field + ")";
          if (sh.minimum != null) {
            e = "Codecs.minimum(" + e + ", " + sh.minimum.longValueExact() + "L, " + field + ")";
          }
          if (sh.maximum != null) {
            e = "Codecs.maximum(" + e + ", " + sh.maximum.longValueExact() + "L, " + field + ")";
          }
          return e;
        }
      case DECIMAL:
        {
          String e = "Codecs.readDecimal(p, " + field + ")";
          if (sh.minimum != null) {
            e = "Codecs.minimum(" + e + ", " + decimalConst(sh.minimum) + ", " + field + ")";
          }
          if (sh.maximum != null) {
            e = "Codecs.maximum(" + e + ", " + decimalConst(sh.maximum) + ", " + field + ")";
          }
          if (sh.multipleOf != null) {
            e = "Codecs.multipleOf(" + e + ", " + decimalConst(sh.multipleOf) + ", " + field + ")";
          }
          return e;
        }
      case BOOL:
        return "Codecs.readBoolean(p, " + field + ")";
      case INSTANT:
        return "Codecs.readInstant(p, ctx, " + field + ")";
      case ENUM:
        return sh.enumType.name + ".read(p, ctx, " + field + ")";
      case OBJECT:
        return "Codecs.readObject(p, ctx, " + field + ", " + sh.objType.name + ".CODEC)";
      case ANY:
        s.use("org.evdepot.ocpp.internal.codec.JsonTrees");
        return "JsonTrees.read(p)";
      case LIST:
        return "Codecs.readList(p, ctx, "
            + field
            + ", "
            + sh.minItems
            + ", "
            + sh.maxItems
            + ", "
            + listConst
            + ")";
      default:
        throw new IllegalStateException();
    }
  }

  private static String decimalConst(BigDecimal d) {
    String plain = d.toPlainString();
    return "DECIMAL_" + plain.replace('.', '_').replace("-", "MINUS_");
  }

  private static void collectDecimals(Shape sh, Set<BigDecimal> out) {
    if (sh.kind == Kind.DECIMAL) {
      for (BigDecimal d : new BigDecimal[] {sh.minimum, sh.maximum, sh.multipleOf}) {
        if (d != null) {
          out.add(d);
        }
      }
    } else if (sh.kind == Kind.LIST) {
      collectDecimals(sh.item, out);
    }
  }

  private static void writeValue(Src s, Shape sh, String expr) {
    switch (sh.kind) {
      case STRING:
        s.line("g.writeString(" + expr + ");");
        break;
      case INT:
        s.line("g.writeNumber(" + expr + ");");
        break;
      case DECIMAL:
        s.line("Codecs.writeDecimal(g, " + expr + ");");
        break;
      case BOOL:
        s.line("g.writeBoolean(" + expr + ");");
        break;
      case INSTANT:
        s.line("Codecs.writeInstant(g, " + expr + ");");
        break;
      case ENUM:
        s.line("g.writeString(" + expr + ".wireValue());");
        break;
      case OBJECT:
        s.line(sh.objType.name + ".CODEC.write(g, " + expr + ");");
        break;
      case ANY:
        s.use("org.evdepot.ocpp.internal.codec.JsonTrees");
        s.line("JsonTrees.write(g, " + expr + ");");
        break;
      case LIST:
        {
          Src dummy = new Src();
          String itemType = javaType(sh.item, false, dummy);
          s.imports.addAll(dummy.imports);
          s.line("g.writeStartArray();");
          s.open("for (" + itemType + " item : " + expr + ") {");
          writeValue(s, sh.item, "item");
          s.close("}");
          s.line("g.writeEndArray();");
          break;
        }
      default:
        throw new IllegalStateException();
    }
  }

  private static void codec(Src s, ObjType t) {
    // constants
    Set<BigDecimal> decimals = new TreeSet<>();
    for (Prop p : t.props) {
      collectDecimals(p.shape, decimals);
    }
    List<Prop> lists = new ArrayList<>();
    for (Prop p : t.props) {
      if (p.shape.kind == Kind.LIST) {
        lists.add(p);
      }
    }
    s.line("");
    s.open("private static final class Codec implements MessageCodec<" + t.name + "> {");
    if (!decimals.isEmpty()) {
      s.use("java.math.BigDecimal");
      for (BigDecimal d : decimals) {
        s.line(
            "private static final BigDecimal "
                + decimalConst(d)
                + " = new BigDecimal(\""
                + d.toPlainString()
                + "\");");
      }
    }
    for (Prop p : lists) {
      s.use("org.evdepot.ocpp.internal.codec.ElementReader");
      Src dummy = new Src();
      String itemType = javaType(p.shape.item, false, dummy);
      s.imports.addAll(dummy.imports);
      String expr = readExpr(s, p.shape.item, "\"\"", null);
      s.line("private static final ElementReader<" + itemType + "> " + itemConst(p) + " =");
      s.indent += 2;
      s.line("(p, ctx) -> " + expr + ";");
      s.indent -= 2;
    }
    if (!decimals.isEmpty() || !lists.isEmpty()) {
      s.line("");
    }
    // read
    s.line("@Override");
    s.open("public " + t.name + " read(JsonParser p, DecodeContext ctx) throws IOException {");
    s.line("Codecs.startPayload(p);");
    for (Prop p : t.props) {
      if (primitive(p)) {
        s.line(
            (p.shape.kind == Kind.INT ? "int " : "boolean ")
                + p.name
                + " = "
                + (p.shape.kind == Kind.INT ? "0" : "false")
                + ";");
        s.line("boolean has" + capitalize(p.name) + " = false;");
      } else {
        s.line(javaType(p.shape, false, s) + " " + p.name + " = null;");
      }
    }
    if (t.open) {
      s.use("java.util.LinkedHashMap", "org.evdepot.ocpp.internal.codec.JsonTrees");
      s.line("Map<String, JsonNode> extensions = null;");
    }
    s.open("while (p.nextToken() == JsonToken.FIELD_NAME) {");
    s.line("String field = p.currentName();");
    s.line("p.nextToken();");
    if (t.props.isEmpty()) {
      if (t.open) {
        s.open("if (extensions == null) {");
        s.line("extensions = new LinkedHashMap<>();");
        s.close("}");
        s.line("extensions.put(field, JsonTrees.read(p));");
      } else {
        s.line("Codecs.unknownField(p, ctx, field);");
      }
    } else {
      s.open("switch (field) {");
      for (Prop p : t.props) {
        s.line("case \"" + p.name + "\":");
        s.indent++;
        String lit = "\"" + p.name + "\"";
        s.line(p.name + " = " + readExpr(s, p.shape, lit, itemConst(p)) + ";");
        if (primitive(p)) {
          s.line("has" + capitalize(p.name) + " = true;");
        }
        s.line("break;");
        s.indent--;
      }
      s.line("default:");
      s.indent++;
      if (t.open) {
        s.open("if (extensions == null) {");
        s.line("extensions = new LinkedHashMap<>();");
        s.close("}");
        s.line("extensions.put(field, JsonTrees.read(p));");
      } else {
        s.line("Codecs.unknownField(p, ctx, field);");
      }
      s.indent--;
      s.close("}");
    }
    s.close("}");
    for (Prop p : t.props) {
      if (!p.required) {
        continue;
      }
      s.open("if (" + (primitive(p) ? "!has" + capitalize(p.name) : p.name + " == null") + ") {");
      s.line("throw Codecs.missing(\"" + p.name + "\");");
      s.close("}");
    }
    List<String> args = new ArrayList<>();
    for (Prop p : t.props) {
      args.add(p.name);
    }
    if (t.open) {
      args.add("extensions");
    }
    s.line("return new " + t.name + "(" + String.join(", ", args) + ");");
    s.close("}");
    // write
    s.line("");
    s.line("@Override");
    s.open("public void write(JsonGenerator g, " + t.name + " value) throws IOException {");
    s.line("g.writeStartObject();");
    for (Prop p : t.props) {
      String get = "value." + p.name + "()";
      if (!primitive(p) && !p.required) {
        s.open("if (" + get + " != null) {");
      }
      s.line("g.writeFieldName(" + nameConst(p) + ");");
      writeValue(s, p.shape, get);
      if (!primitive(p) && !p.required) {
        s.close("}");
      }
    }
    if (t.open) {
      s.use("org.evdepot.ocpp.internal.codec.JsonTrees");
      s.open("for (Map.Entry<String, JsonNode> e : value.extensions().entrySet()) {");
      s.line("g.writeFieldName(e.getKey());");
      s.line("JsonTrees.write(g, e.getValue());");
      s.close("}");
    }
    s.line("g.writeEndObject();");
    s.close("}");
    // validate
    s.line("");
    s.line("@Override");
    s.open("public List<Violation> validate(" + t.name + " value) {");
    List<String> checks = new ArrayList<>();
    for (Prop p : t.props) {
      validation(p.name, "value." + p.name + "()", p.shape, p.required, checks);
    }
    if (checks.isEmpty()) {
      s.line("return List.of();");
    } else {
      s.use("java.util.ArrayList");
      s.line("List<Violation> out = new ArrayList<>(0);");
      for (String c : checks) {
        s.line(c);
      }
      s.line("return out;");
    }
    s.close("}");
    s.close("}");
  }

  private static String itemConst(Prop p) {
    return "ITEM_" + upperSnake(p.name);
  }

  private static void validation(
      String name, String get, Shape sh, boolean required, List<String> out) {
    String f = "\"" + name + "\"";
    switch (sh.kind) {
      case STRING:
        if (sh.maxLength >= 0) {
          out.add("Codecs.checkLength(out, " + f + ", " + get + ", " + sh.maxLength + ");");
        }
        break;
      case INT:
        if (sh.minimum != null || sh.maximum != null) {
          out.add(
              "Codecs.checkRange(out, "
                  + f
                  + ", "
                  + get
                  + ", "
                  + (sh.minimum == null ? "Long.MIN_VALUE" : sh.minimum.longValueExact() + "L")
                  + ", "
                  + (sh.maximum == null ? "Long.MAX_VALUE" : sh.maximum.longValueExact() + "L")
                  + ");");
        }
        break;
      case DECIMAL:
        if (sh.minimum != null || sh.maximum != null) {
          out.add(
              "Codecs.checkRange(out, "
                  + f
                  + ", "
                  + get
                  + ", "
                  + (sh.minimum == null ? "null" : decimalConst(sh.minimum))
                  + ", "
                  + (sh.maximum == null ? "null" : decimalConst(sh.maximum))
                  + ");");
        }
        if (sh.multipleOf != null) {
          out.add(
              "Codecs.checkMultipleOf(out, "
                  + f
                  + ", "
                  + get
                  + ", "
                  + decimalConst(sh.multipleOf)
                  + ");");
        }
        break;
      case OBJECT:
        out.add("Codecs.checkNested(out, " + f + ", " + sh.objType.name + ".CODEC, " + get + ");");
        break;
      case LIST:
        if (sh.minItems > 0 || sh.maxItems >= 0) {
          out.add(
              "Codecs.checkItems(out, "
                  + f
                  + ", "
                  + get
                  + ", "
                  + sh.minItems
                  + ", "
                  + sh.maxItems
                  + ");");
        }
        if (sh.item.kind == Kind.OBJECT) {
          out.add(
              "Codecs.checkNestedList(out, "
                  + f
                  + ", "
                  + sh.item.objType.name
                  + ".CODEC, "
                  + get
                  + ");");
        } else if (sh.item.kind == Kind.STRING && sh.item.maxLength >= 0) {
          out.add("Codecs.checkLengths(out, " + f + ", " + get + ", " + sh.item.maxLength + ");");
        } else if (sh.item.kind == Kind.INT || sh.item.kind == Kind.DECIMAL) {
          if (sh.item.minimum != null || sh.item.maximum != null || sh.item.multipleOf != null) {
            throw new IllegalStateException("numeric item constraints at " + name);
          }
        }
        break;
      default:
        break;
    }
  }

  // ------------------------------------------------------------------ catalog

  private static String catalogSource(Version v) {
    Src s = new Src();
    s.use(
        "java.util.Collection",
        "java.util.List",
        "java.util.Map",
        "java.util.Optional",
        "java.util.function.Function",
        "java.util.stream.Collectors",
        "org.evdepot.ocpp.ActionCatalog",
        "org.evdepot.ocpp.ActionType",
        "org.evdepot.ocpp.Initiator",
        "org.evdepot.ocpp.OcppVersion");
    s.doc(
        "Every action of OCPP " + v.label + ", with its initiator and codecs.",
        "Look actions up by wire name with {@link #find(String)} or use the constants directly.");
    s.open("public final class " + v.catalog + " implements ActionCatalog {");
    Set<String> fromStation = v.dir.equals("v16") ? V16_FROM_STATION : V201_FROM_STATION;
    List<String> names = new ArrayList<>();
    for (ObjType[] a : v.actions) {
      String action = a[0].action;
      names.add(action);
      String initiator =
          action.equals("DataTransfer")
              ? "EITHER"
              : fromStation.contains(action) ? "CHARGING_STATION" : "CSMS";
      s.line("");
      s.doc(
          "{@code "
              + action
              + "}, sent by "
              + (initiator.equals("EITHER")
                  ? "either side"
                  : initiator.equals("CSMS") ? "the CSMS" : "the charging station")
              + ".");
      String declaration = "public static final ActionType<" + a[0].name + ", " + a[1].name + ">";
      int extra = 0;
      if (2 + declaration.length() + upperSnake(action).length() + 3 > 100) {
        s.line(declaration);
        s.indent += 2;
        s.line(upperSnake(action) + " =");
        extra = 2;
      } else {
        s.line(declaration + " " + upperSnake(action) + " =");
      }
      s.indent += 2;
      s.line("new ActionType<>(");
      s.indent += 2;
      s.line("OcppVersion." + v.enumConstant + ",");
      s.line("\"" + action + "\",");
      s.line("Initiator." + initiator + ",");
      s.line(a[0].name + ".class,");
      s.line(a[1].name + ".class,");
      s.line(a[0].name + ".CODEC,");
      s.line(a[1].name + ".CODEC);");
      s.indent -= 4 + extra;
    }
    s.line("");
    s.line("private static final List<ActionType<?, ?>> ALL =");
    s.indent += 2;
    s.line("List.of(");
    s.indent += 2;
    for (int i = 0; i < names.size(); i++) {
      s.line(upperSnake(names.get(i)) + (i == names.size() - 1 ? ");" : ","));
    }
    s.indent -= 4;
    s.line("");
    s.line("private static final Map<String, ActionType<?, ?>> BY_NAME =");
    s.indent += 2;
    s.line(
        "ALL.stream().collect(Collectors.toUnmodifiableMap(ActionType::name, Function.identity()));");
    s.indent -= 2;
    s.line("");
    s.doc("The catalog of OCPP " + v.label + ".");
    s.line("public static final " + v.catalog + " CATALOG = new " + v.catalog + "();");
    s.line("");
    s.line("private " + v.catalog + "() {}");
    s.line("");
    s.line("@Override");
    s.open("public OcppVersion version() {");
    s.line("return OcppVersion." + v.enumConstant + ";");
    s.close("}");
    s.line("");
    s.line("@Override");
    s.open("public Optional<ActionType<?, ?>> find(String action) {");
    s.line("return Optional.ofNullable(BY_NAME.get(action));");
    s.close("}");
    s.line("");
    s.line("@Override");
    s.open("public Collection<ActionType<?, ?>> all() {");
    s.line("return ALL;");
    s.close("}");
    s.close("}");
    return s.render(v, "");
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
