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
import org.evdepot.manage.core.model.Transaction;
import org.evdepot.manage.core.service.ChargerService;
import org.evdepot.manage.core.service.CoreException;
import org.evdepot.manage.core.service.TransactionService;

/**
 * Commands to chargers: {@code POST /api/chargers/{id}/commands/{command}} with a {@link
 * CommandRequest}, answered with the charger's {@link CommandResult}. A disconnected charger gets
 * 409, an unknown command 404, a CALLERROR 502 and a timeout 504, all as problem+json.
 *
 * <p>A remote stop names the transaction by the API's id ({@code transactionId}, the {@code id} of
 * {@code /api/transactions}); it is mapped here to the charger's own id (the 1.6 integer or the
 * 2.0.1 transactionId) so that the same request stops a transaction on chargers of both versions.
 */
@Controller("/api/chargers/{id}/commands")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CommandController {

  private final ChargerService chargers;
  private final ChargerCommands commands;
  private final TransactionService transactions;
  private final MeterRegistry registry;

  /**
   * @param chargers to check that the charger exists
   * @param commands sends the commands
   * @param transactions maps the API's transaction ids to the chargers' own
   * @param registry command latency timer {@code evdepot.commands}
   */
  public CommandController(
      ChargerService chargers,
      ChargerCommands commands,
      TransactionService transactions,
      MeterRegistry registry) {
    this.chargers = chargers;
    this.commands = commands;
    this.transactions = transactions;
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
    CommandRequest request = body != null ? body : CommandRequest.EMPTY;
    if (c == ChargerCommand.REMOTE_STOP) {
      request = resolveTransaction(id, request);
    }
    Timer.Sample sample = Timer.start(registry);
    String outcome = "ok";
    try {
      return commands.execute(id, c, request);
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

  /**
   * Fills {@link CommandRequest#chargerTransactionId()} from the API's transaction id. A {@code
   * transactionId} that is not a number is a 2.0.1 charger's own id (the older form of the request)
   * and passes as is.
   */
  private CommandRequest resolveTransaction(String chargerId, CommandRequest r) {
    if (r.chargerTransactionId() != null) {
      if (r.transactionId() != null) {
        throw CoreException.invalid(
            "transactionId", "give transactionId or chargerTransactionId, not both");
      }
      return r;
    }
    if (r.transactionId() == null) {
      throw CoreException.invalid(
          "transactionId", "transactionId (the API's transaction id) is required for remote-stop");
    }
    String value = r.transactionId().trim();
    if (!value.matches("[0-9]{1,18}")) {
      return r.withChargerTransactionId(r.transactionId());
    }
    Transaction tx =
        transactions
            .find(Long.parseLong(value))
            .filter(t -> t.chargerId().equals(chargerId))
            .orElseThrow(
                () ->
                    CoreException.invalid(
                        "transactionId",
                        "charger "
                            + chargerId
                            + " has no transaction with the API id "
                            + value
                            + " (to give the charger's own id, use chargerTransactionId)"));
    return r.withChargerTransactionId(
        tx.ocpp16Id() != null ? tx.ocpp16Id().toString() : tx.transactionRef());
  }
}
