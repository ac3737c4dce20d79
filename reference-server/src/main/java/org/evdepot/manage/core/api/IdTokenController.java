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
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.evdepot.manage.core.model.IdToken;
import org.evdepot.manage.core.model.IdTokenStatus;
import org.evdepot.manage.core.model.IdTokenType;
import org.evdepot.manage.core.service.IdTokenInput;
import org.evdepot.manage.core.service.IdTokenService;

/** CRUD for id tokens: {@code /api/id-tokens}. */
@Controller("/api/id-tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
public class IdTokenController {

  private final IdTokenService tokens;

  /**
   * @param tokens id token service
   */
  public IdTokenController(IdTokenService tokens) {
    this.tokens = tokens;
  }

  /**
   * A new id token.
   *
   * @param token the value
   * @param type RFID, APP or CENTRAL
   * @param status default ACCEPTED
   * @param expiresAt expiry, or null
   * @param parentIdTag group id, or null
   */
  @Serdeable
  public record CreateIdTokenBody(
      @NotBlank @Size(max = 255) String token,
      @NotNull IdTokenType type,
      @Nullable IdTokenStatus status,
      @Nullable Instant expiresAt,
      @Nullable String parentIdTag) {}

  /**
   * A token's new state (all fields).
   *
   * @param type RFID, APP or CENTRAL
   * @param status status, default ACCEPTED
   * @param expiresAt expiry, or null
   * @param parentIdTag group id, or null
   */
  @Serdeable
  public record UpdateIdTokenBody(
      @NotNull IdTokenType type,
      @Nullable IdTokenStatus status,
      @Nullable Instant expiresAt,
      @Nullable String parentIdTag) {}

  /**
   * @return all tokens
   */
  @Get
  public List<IdToken> list() {
    return tokens.list();
  }

  /**
   * @param token token value
   * @return the token
   */
  @Get("/{token}")
  public IdToken get(String token) {
    return tokens.get(token);
  }

  /**
   * @param body the new token
   * @return 201 with the token
   */
  @Post
  public HttpResponse<IdToken> create(@Valid @Body CreateIdTokenBody body) {
    IdToken t =
        tokens.save(
            body.token(),
            new IdTokenInput(body.type(), body.status(), body.expiresAt(), body.parentIdTag()),
            true);
    return HttpResponse.created(t, URI.create("/api/id-tokens/" + t.token()));
  }

  /**
   * @param token token value
   * @param body new state
   * @return the token
   */
  @Put("/{token}")
  public IdToken update(String token, @Valid @Body UpdateIdTokenBody body) {
    return tokens.save(
        token,
        new IdTokenInput(body.type(), body.status(), body.expiresAt(), body.parentIdTag()),
        false);
  }

  /**
   * @param token token value
   */
  @Delete("/{token}")
  @Status(HttpStatus.NO_CONTENT)
  public void delete(String token) {
    tokens.delete(token);
  }
}
