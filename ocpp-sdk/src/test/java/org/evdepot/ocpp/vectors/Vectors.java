package org.evdepot.ocpp.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.internal.codec.Timestamps;

/** Loads the test vectors in {@code src/test/resources/vectors} and compares JSON trees. */
final class Vectors {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d[Tt]\\d\\d:.*");

  private Vectors() {}

  /** The folder name of a version's vectors. */
  static String folder(OcppVersion version) {
    return version == OcppVersion.V16 ? "v16" : "v201";
  }

  /** The JSON files directly in {@code vectors/<version>/<sub>}, sorted. */
  static List<Path> files(OcppVersion version, String sub) {
    try {
      Path dir = Path.of(Vectors.class.getResource("/vectors/" + folder(version)).toURI());
      if (!sub.isEmpty()) {
        dir = dir.resolve(sub);
      }
      try (Stream<Path> s = Files.list(dir)) {
        return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The tree with every date-time string written the way the encoder writes it (UTC, at most three
   * fraction digits), so that trees can be compared modulo date normalisation.
   */
  static JsonNode normalised(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = MAPPER.createObjectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        o.set(e.getKey(), normalised(e.getValue()));
      }
      return o;
    }
    if (node.isArray()) {
      ArrayNode a = MAPPER.createArrayNode();
      node.forEach(n -> a.add(normalised(n)));
      return a;
    }
    if (node.isTextual() && DATE_TIME.matcher(node.textValue()).matches()) {
      return new TextNode(
          Timestamps.format(Timestamps.parse(node.textValue(), DecodeContext.lenient(), "")));
    }
    return node;
  }

  /** Whether two trees are equal, numbers compared by value (16.0 equals 16.00). */
  static boolean sameTree(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!b.has(f) || !sameTree(a.get(f), b.get(f))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameTree(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** One valid example payload of a vector file. */
  record Example(
      OcppVersion version, String action, boolean request, String description, JsonNode payload) {
    @Override
    public String toString() {
      return version.subprotocol() + " " + action + (request ? " request" : " response");
    }
  }

  /** Every valid example of both versions. */
  static List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (OcppVersion v : OcppVersion.values()) {
      for (Path f : files(v, "")) {
        JsonNode n = read(f);
        String action = n.get("action").asText();
        out.add(
            new Example(
                v, action, true, n.at("/request/description").asText(), n.at("/request/payload")));
        out.add(
            new Example(
                v,
                action,
                false,
                n.at("/response/description").asText(),
                n.at("/response/payload")));
      }
    }
    return out;
  }

  /** One negative vector: a payload that must be rejected with a given violation. */
  record Negative(OcppVersion version, String file, JsonNode spec) {
    String action() {
      return spec.at("/given/action").asText();
    }

    boolean request() {
      return spec.at("/given/message").asText().equals("request");
    }

    JsonNode payload() {
      return spec.at("/given/payload");
    }

    @Override
    public String toString() {
      return version.subprotocol() + " " + file + ": " + spec.get("description").asText();
    }
  }

  /** Every negative vector of both versions. */
  static List<Negative> negatives() {
    List<Negative> out = new ArrayList<>();
    for (OcppVersion v : OcppVersion.values()) {
      for (Path f : files(v, "negative")) {
        out.add(new Negative(v, f.getFileName().toString(), read(f)));
      }
    }
    return out;
  }
}
