package org.evdepot.manage;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/**
 * Starts the Manage reference server: HTTP API on port 8080, PostgreSQL (embedded in {@code
 * ./data/postgres} unless {@code DATABASE_URL} or datasource settings name an external one), the
 * event outbox relay and the message log writer.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "evdepot-manage",
            version = "0.1",
            description = "Core API of the EV depot Manage reference server",
            license = @License(name = "Apache-2.0")))
public final class Application {

  private Application() {}

  /**
   * Runs the server until the process is stopped; an orderly shutdown (SIGTERM, Ctrl-C) flushes the
   * message log and stops the embedded database.
   *
   * @param args command line arguments, passed to Micronaut (e.g. {@code -micronaut.server.port=0})
   */
  public static void main(String[] args) {
    start(args);
  }

  /**
   * Starts the server and returns its running context; closing the context stops it in order (HTTP,
   * outbox relay, message log flush, connection pool, embedded database).
   *
   * @param args command line arguments, e.g. {@code -micronaut.server.port=0}
   * @return the running application context
   */
  public static ApplicationContext start(String... args) {
    return Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
