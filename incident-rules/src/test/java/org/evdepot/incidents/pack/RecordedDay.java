package org.evdepot.incidents.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evdepot.incidents.Event;
import org.evdepot.incidents.Source;

/** Reads the recorded depot day (JSON lines, arrival order) from test resources. */
public final class RecordedDay {

  /** The day file, relative to this class. */
  public static final String EVENTS = "depot-day-2026-03-02.jsonl";

  /** The expected incidents, relative to this class. */
  public static final String EXPECTED = "depot-day-2026-03-02.expected.json";

  static final ObjectMapper JSON = new ObjectMapper();

  private RecordedDay() {}

  /** The events in arrival order. */
  public static List<Event> events() {
    List<Event> out = new ArrayList<>();
    try (InputStream in = RecordedDay.class.getResourceAsStream(EVENTS);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(parse(JSON.readTree(line)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The expected-incidents document. */
  public static JsonNode expected() {
    try (InputStream in = RecordedDay.class.getResourceAsStream(EXPECTED)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Event parse(JsonNode n) {
    Map<String, Object> attrs = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.path("attributes").properties()) {
      JsonNode v = e.getValue();
      attrs.put(
          e.getKey(),
          v.isNumber() ? v.numberValue() : v.isBoolean() ? v.booleanValue() : v.asText());
    }
    return new Event(
        n.get("type").asText(),
        Instant.parse(n.get("time").asText()),
        Source.parse(n.get("source").asText()),
        attrs);
  }
}
