package org.evdepot.manage.core.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.evdepot.manage.core.model.Charger;
import org.evdepot.manage.core.model.ChargingProfileRecord;
import org.evdepot.manage.core.model.ConnectorStatus;
import org.evdepot.manage.core.model.RegistrationStatus;
import org.evdepot.manage.core.service.ChargerInput;
import org.evdepot.manage.core.service.ChargerService;
import org.evdepot.manage.core.service.ChargingProfileService;
import org.evdepot.manage.core.service.CoreException;
import org.evdepot.manage.messagelog.LoggedFrame;
import org.evdepot.manage.messagelog.MessageLog;

/** Chargers: CRUD, live connector status and the message log: {@code /api/chargers}. */
@Controller("/api/chargers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChargerController {

  private final ChargerService chargers;
  private final MessageLog messageLog;
  private final ChargingProfileService profiles;
  private final Clock clock;

  /**
   * @param chargers charger service
   * @param messageLog the OCPP message log
   * @param profiles charging profiles sent
   * @param clock server time (default query window)
   */
  public ChargerController(
      ChargerService chargers,
      MessageLog messageLog,
      ChargingProfileService profiles,
      Clock clock) {
    this.chargers = chargers;
    this.messageLog = messageLog;
    this.profiles = profiles;
    this.clock = clock;
  }

  /**
   * @param id charger id
   * @return the charging profiles sent to it, newest first (at most 200)
   */
  @Get("/{id}/charging-profiles")
  public List<ChargingProfileRecord> chargingProfiles(String id) {
    chargers.get(id);
    return profiles.list(id, 200);
  }

  /**
   * A new charger.
   *
   * @param id charge point identity (the last segment of its OCPP URL)
   * @param depotId depot, or null
   * @param registrationStatus initial status, default ACCEPTED
   * @param password basic-authentication password, or null; stored hashed, never returned
   * @param vendor vendor, or null
   * @param model model, or null
   */
  @Serdeable
  public record CreateChargerBody(
      @NotBlank @Size(max = 48) @Pattern(regexp = "[A-Za-z0-9._:*+|@\\-]+") String id,
      @Nullable Long depotId,
      @Nullable RegistrationStatus registrationStatus,
      @Nullable @Size(min = 8, max = 40) String password,
      @Nullable String vendor,
      @Nullable String model) {

    /** Never prints the password. */
    @Override
    public String toString() {
      return "CreateChargerBody[id=" + id + "]";
    }
  }

  /**
   * Changes to a charger; absent fields stay as they are.
   *
   * @param depotId depot, or null
   * @param registrationStatus new status (e.g. ACCEPTED to approve a pending charger), or null
   * @param password new password, or null
   * @param vendor vendor, or null
   * @param model model, or null
   * @param clearPassword true removes the password, so that the next one the charger presents is
   *     stored (trust on first use); not together with {@code password}
   */
  @Serdeable
  public record UpdateChargerBody(
      @Nullable Long depotId,
      @Nullable RegistrationStatus registrationStatus,
      @Nullable @Size(min = 8, max = 40) String password,
      @Nullable String vendor,
      @Nullable String model,
      @Nullable Boolean clearPassword) {

    /** Never prints the password. */
    @Override
    public String toString() {
      return "UpdateChargerBody[depotId=" + depotId + ", status=" + registrationStatus + "]";
    }
  }

  /**
   * @param depotId only chargers of this depot
   * @return chargers by id
   */
  @Get
  public List<Charger> list(@Nullable @QueryValue Long depotId) {
    return chargers.list(depotId);
  }

  /**
   * @param id charger id
   * @return the charger
   */
  @Get("/{id}")
  public Charger get(String id) {
    return chargers.get(id);
  }

  /**
   * @param body the new charger
   * @return 201 with the charger
   */
  @Post
  public HttpResponse<Charger> create(@Valid @Body CreateChargerBody body) {
    Charger c =
        chargers.create(
            body.id(),
            new ChargerInput(
                body.depotId(),
                body.registrationStatus(),
                body.password(),
                body.vendor(),
                body.model()));
    return HttpResponse.created(c, URI.create("/api/chargers/" + c.id()));
  }

  /**
   * @param id charger id
   * @param body changes
   * @return the charger
   */
  @Put("/{id}")
  public Charger update(String id, @Valid @Body UpdateChargerBody body) {
    if (Boolean.TRUE.equals(body.clearPassword())) {
      if (body.password() != null) {
        throw CoreException.invalid(
            "clearPassword", "clearPassword and password cannot be set together");
      }
      chargers.clearPassword(id);
    }
    return chargers.update(
        id,
        new ChargerInput(
            body.depotId(),
            body.registrationStatus(),
            body.password(),
            body.vendor(),
            body.model()));
  }

  /**
   * @param id charger id
   */
  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  public void delete(String id) {
    chargers.delete(id);
  }

  /**
   * @param id charger id
   * @return live status of each connector
   */
  @Get("/{id}/connectors")
  public List<ConnectorStatus> connectors(String id) {
    return chargers.connectors(id);
  }

  /**
   * The charger's OCPP frames in {@code [from, to)}, oldest first.
   *
   * @param id charger id
   * @param from start, default 24 hours before now
   * @param to end, default now
   * @param limit at most this many, 1..5000, default 500
   * @return the frames
   */
  @Get("/{id}/messages")
  public List<LoggedFrame> messages(
      String id,
      @Nullable @QueryValue Instant from,
      @Nullable @QueryValue Instant to,
      @Nullable @QueryValue @Min(1) @Max(5000) Integer limit) {
    chargers.get(id);
    Instant end = to != null ? to : clock.instant().plusMillis(1);
    Instant start = from != null ? from : end.minus(Duration.ofHours(24));
    if (end.isBefore(start)) {
      throw CoreException.invalid("to", "to must not be before from, got: " + to);
    }
    return messageLog.query(id, start, end, limit != null ? limit : 500);
  }
}
