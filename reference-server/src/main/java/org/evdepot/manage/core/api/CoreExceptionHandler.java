package org.evdepot.manage.core.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.evdepot.manage.core.service.CoreException;

/** Turns a {@link CoreException} into a problem+json response (404, 409 or 400). */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Requires(classes = {CoreException.class, ExceptionHandler.class})
public class CoreExceptionHandler
    implements ExceptionHandler<CoreException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, CoreException e) {
    HttpStatus status =
        switch (e.kind()) {
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
          case INVALID -> HttpStatus.BAD_REQUEST;
        };
    return problem(request, status, e.getMessage(), e.field());
  }

  static HttpResponse<Problem> problem(
      HttpRequest<?> request, HttpStatus status, String detail, String field) {
    return HttpResponse.<Problem>status(status)
        .contentType(MediaType.of(Problem.MEDIA_TYPE))
        .body(
            new Problem(
                "about:blank",
                status.getReason(),
                status.getCode(),
                detail,
                field,
                request.getPath()));
  }
}
