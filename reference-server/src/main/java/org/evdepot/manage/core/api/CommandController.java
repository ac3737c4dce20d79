package org.evdepot.manage.core.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;
import org.evdepot.manage.core.service.ChargerService;
import org.evdepot.manage.core.service.CoreException;

/**
 * Commands to chargers: {@code POST /api/chargers/{id}/commands/{command}} with a {@link
 * CommandRequest}, answered with the charger's {@link CommandResult}. A disconnected charger gets
 * 409, an unknown command 404, a CALLERROR 502 and a timeout 504, all as problem+json.
 */
@Controller("/api/chargers/{id}/commands")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CommandController {

  private final ChargerService chargers;
  private final ChargerCommands commands;
  private final MeterRegistry registry;

  /**
   * @param chargers to check that the charger exists
   * @param commands sends the commands
   * @param registry command latency timer {@code evdepot.commands}
   */
  public CommandController(
      ChargerService chargers, ChargerCommands commands, MeterRegistry registry) {
    this.chargers = chargers;
    this.commands = commands;
    this.registry = registry;
  }

  /**
   * @param id charger id
   * @param command command URL name, e.g. {@code remote-start}
   * @param body parameters; may be absent
   * @return the charger's answer
   */
  @Post("/{command}")
  public CommandResult execute(
      String id, String command, @Nullable @Valid @Body CommandRequest body) {
    ChargerCommand c =
        ChargerCommand.fromUrlName(command)
            .orElseThrow(
                () ->
                    new CoreException(
                        CoreException.Kind.NOT_FOUND, "command", "no such command: " + command));
    chargers.get(id);
    Timer.Sample sample = Timer.start(registry);
    String outcome = "ok";
    try {
      return commands.execute(id, c, body != null ? body : CommandRequest.EMPTY);
    } catch (RuntimeException e) {
      outcome = e.getClass().getSimpleName();
      throw e;
    } finally {
      sample.stop(
          Timer.builder("evdepot.commands")
              .description("Command latency by command and outcome")
              .tag("command", c.urlName())
              .tag("outcome", outcome)
              .register(registry));
    }
  }
}
