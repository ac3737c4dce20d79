package org.evdepot.manage.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI document that the build generates from the controllers ({@code
 * META-INF/swagger/evdepot-manage-0.1.yml}) at {@code /openapi}.
 */
@Controller("/openapi")
@Hidden
public class OpenApiController {

  /** Where micronaut-openapi writes the document (title and version of the definition). */
  static final String RESOURCE = "META-INF/swagger/evdepot-manage-0.1.yml";

  /**
   * @return the OpenAPI document in YAML, or 404 when the build did not generate it
   */
  @Get(produces = "application/yaml")
  public HttpResponse<String> openApi() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return HttpResponse.notFound();
      }
      return HttpResponse.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contentType(MediaType.of("application/yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
