package org.evdepot.manage.core.adapter;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** JSON for jsonb columns (event payloads, charger events), through Micronaut Serialization. */
@Singleton
public class Json {

  private final ObjectMapper mapper;

  /**
   * @param mapper Micronaut's object mapper
   */
  public Json(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * @param value a map of strings, numbers, booleans, lists and maps
   * @return its JSON text
   */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param json a JSON object
   * @return its content as a map
   */
  public Map<String, Object> readMap(String json) {
    try {
      return mapper.readValue(json, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param json any JSON value
   * @return maps, lists, strings, numbers, booleans or null
   * @throws IllegalArgumentException when it is not JSON
   */
  public Object read(String json) {
    try {
      return mapper.readValue(json, Object.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("payload must be JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Checks that a text is JSON (for payloads passed through as text).
   *
   * @param json the text
   * @return the same text
   * @throws IllegalArgumentException when it is not JSON
   */
  public String requireJson(String json) {
    try {
      mapper.readValue(json, Object.class);
      return json;
    } catch (IOException e) {
      throw new IllegalArgumentException("payload must be JSON: " + e.getMessage(), e);
    }
  }
}
