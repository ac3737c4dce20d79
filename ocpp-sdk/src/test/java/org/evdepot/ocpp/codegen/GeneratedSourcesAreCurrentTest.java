package org.evdepot.ocpp.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sources of {@code org.evdepot.ocpp.v16} and {@code v201} are exactly what {@link
 * OcppCodeGenerator} makes of the official schemas, so they can never drift from the generator.
 * Regenerate with {@code OcppCodeGenerator.main("../shared/ocpp-schemas", "src/main/java")}.
 */
@Tag("shared-data")
class GeneratedSourcesAreCurrentTest {

  @Test
  void committedGeneratedSourcesAreByteIdenticalToAFreshGeneration(@TempDir Path out)
      throws IOException {
    Path schemas = Path.of(System.getProperty("evdepot.shared.dir"), "ocpp-schemas");
    OcppCodeGenerator.generate(schemas, out);
    for (String version : List.of("v16", "v201")) {
      Path fresh = out.resolve("org/evdepot/ocpp/" + version);
      Path committed = Path.of("src/main/java/org/evdepot/ocpp/" + version);
      List<String> freshFiles = javaFiles(fresh);
      List<String> committedFiles = javaFiles(committed);
      assertThat(committedFiles).as("files of %s", version).isEqualTo(freshFiles);
      for (String f : freshFiles) {
        assertThat(Files.readString(committed.resolve(f)))
            .as("%s/%s", version, f)
            .isEqualTo(Files.readString(fresh.resolve(f)));
      }
    }
  }

  private static List<String> javaFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
          .sorted()
          .toList();
    }
  }
}
