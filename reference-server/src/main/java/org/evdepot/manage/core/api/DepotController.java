package org.evdepot.manage.core.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.evdepot.manage.core.model.Depot;
import org.evdepot.manage.core.service.DepotInput;
import org.evdepot.manage.core.service.DepotService;

/** CRUD for depots: {@code /api/depots}. */
@Controller("/api/depots")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DepotController {

  private final DepotService depots;

  /**
   * @param depots depot service
   */
  public DepotController(DepotService depots) {
    this.depots = depots;
  }

  /**
   * A depot as the API receives it.
   *
   * @param name unique name
   * @param gridLimitKw grid connection limit in kW
   * @param timezone IANA time zone, default UTC
   */
  @Serdeable
  public record DepotBody(
      @NotBlank @Size(max = 200) String name,
      @NotNull @DecimalMin("0") BigDecimal gridLimitKw,
      String timezone) {
    DepotInput toInput() {
      return new DepotInput(name, gridLimitKw, timezone);
    }
  }

  /**
   * @return all depots
   */
  @Get
  public List<Depot> list() {
    return depots.list();
  }

  /**
   * @param id depot id
   * @return the depot
   */
  @Get("/{id}")
  public Depot get(long id) {
    return depots.get(id);
  }

  /**
   * @param body the new depot
   * @return 201 with the depot
   */
  @Post
  public HttpResponse<Depot> create(@Valid @Body DepotBody body) {
    Depot d = depots.create(body.toInput());
    return HttpResponse.created(d, URI.create("/api/depots/" + d.id()));
  }

  /**
   * @param id depot id
   * @param body all fields
   * @return the depot
   */
  @Put("/{id}")
  public Depot update(long id, @Valid @Body DepotBody body) {
    return depots.update(id, body.toInput());
  }

  /**
   * @param id depot id
   */
  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  public void delete(long id) {
    depots.delete(id);
  }
}
