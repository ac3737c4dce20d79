package org.evdepot.manage.core.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Problem+json answers for failed commands. */
public final class CommandExceptionHandlers {

  private CommandExceptionHandlers() {}

  /** A command to a disconnected charger: 409 with the reason. */
  @Singleton
  @Produces(Problem.MEDIA_TYPE)
  public static class NotConnected
      implements ExceptionHandler<ChargerNotConnectedException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ChargerNotConnectedException e) {
      return CoreExceptionHandler.problem(request, HttpStatus.CONFLICT, e.getMessage(), null);
    }
  }

  /** A command without a usable answer: 400, 502 or 504. */
  @Singleton
  @Produces(Problem.MEDIA_TYPE)
  public static class Failed
      implements ExceptionHandler<CommandFailedException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CommandFailedException e) {
      HttpStatus status =
          switch (e.reason()) {
            case INVALID_REQUEST -> HttpStatus.BAD_REQUEST;
            case CALL_ERROR -> HttpStatus.BAD_GATEWAY;
            case TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
          };
      return CoreExceptionHandler.problem(request, status, e.getMessage(), e.field());
    }
  }
}
