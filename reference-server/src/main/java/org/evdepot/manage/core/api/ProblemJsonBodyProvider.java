package org.evdepot.manage.core.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Makes Micronaut's own errors (bean validation, unreadable JSON, bad query parameters, unknown
 * routes) problem+json bodies. The field is the last segment of the first error's path, so a
 * violation on {@code create.body.gridLimitKw} names {@code gridLimitKw}.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

  @Override
  public Problem body(ErrorContext context, HttpResponse<?> response) {
    String detail =
        context.hasErrors()
            ? context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "))
            : response.reason();
    String field =
        context.getErrors().stream()
            .map(Error::getPath)
            .flatMap(java.util.Optional::stream)
            .map(ProblemJsonBodyProvider::lastSegment)
            .findFirst()
            .orElseGet(() -> fieldFromMessage(detail));
    return new Problem(
        "about:blank",
        response.getStatus().getReason(),
        response.code(),
        detail,
        field,
        context.getRequest().getPath());
  }

  @Override
  public String contentType() {
    return Problem.MEDIA_TYPE;
  }

  private static String lastSegment(String path) {
    int dot = Math.max(path.lastIndexOf('.'), path.lastIndexOf('/'));
    String last = dot >= 0 ? path.substring(dot + 1) : path;
    int bracket = last.indexOf('[');
    return bracket > 0 ? last.substring(0, bracket) : last;
  }

  /** Validation messages look like {@code create.body.name: must not be blank}. */
  private static String fieldFromMessage(String detail) {
    if (detail == null) {
      return null;
    }
    int colon = detail.indexOf(": ");
    if (colon <= 0) {
      return null;
    }
    String path = detail.substring(0, colon);
    return path.matches("[A-Za-z0-9_.\\[\\]<>]+") ? lastSegment(path) : null;
  }
}
