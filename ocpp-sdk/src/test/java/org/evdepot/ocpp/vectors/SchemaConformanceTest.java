package org.evdepot.ocpp.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppMessage;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.OcppJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the vectors and the encoder against the official OCPP JSON schemas with an independent
 * validator (networknt json-schema-validator): valid examples and everything the encoder writes
 * conform, negative vectors marked {@code schemaInvalid} do not.
 */
@Tag("shared-data")
class SchemaConformanceTest {
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  static List<Vectors.Example> examples() {
    return Vectors.examples();
  }

  static List<Vectors.Negative> negatives() {
    return Vectors.negatives();
  }

  private static JsonSchema schema(OcppVersion version, String action, boolean request) {
    String file =
        action + (request ? (version == OcppVersion.V16 ? "" : "Request") : "Response") + ".json";
    String dir = Vectors.folder(version);
    return SCHEMAS.computeIfAbsent(
        dir + "/" + file,
        k -> {
          Path p = Path.of(System.getProperty("evdepot.shared.dir"), "ocpp-schemas", dir, file);
          JsonNode node = Vectors.read(p);
          SpecVersion.VersionFlag flag =
              node.path("$schema").asText().contains("draft-04")
                  ? SpecVersion.VersionFlag.V4
                  : SpecVersion.VersionFlag.V6;
          SchemaValidatorsConfig config =
              SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
          return JsonSchemaFactory.getInstance(flag).getSchema(node, config);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_andTheEncodersOutputConformToTheOfficialSchema(Vectors.Example e)
      throws IOException {
    JsonSchema schema = schema(e.version(), e.action(), e.request());
    Set<ValidationMessage> vectorErrors = schema.validate(e.payload());
    assertThat(vectorErrors).as("the vector itself").isEmpty();

    ActionType<?, ?> action = e.version().catalog().find(e.action()).orElseThrow();
    OcppMessage decoded =
        OcppJson.read(
            action,
            e.request(),
            Vectors.MAPPER.writeValueAsString(e.payload()),
            DecodeContext.strict());
    JsonNode encoded = Vectors.MAPPER.readTree(OcppJson.toJson(decoded));
    assertThat(schema.validate(encoded)).as("the encoder's output %s", encoded).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void negative_isRejectedByTheOfficialSchemaWhenMarkedSchemaInvalid(Vectors.Negative n) {
    JsonSchema schema = schema(n.version(), n.action(), n.request());
    Set<ValidationMessage> errors = schema.validate(n.payload());
    if (n.spec().get("schemaInvalid").asBoolean()) {
      assertThat(errors).as("schema errors").isNotEmpty();
    } else {
      assertThat(errors).as("schema errors").isEmpty();
    }
  }
}
