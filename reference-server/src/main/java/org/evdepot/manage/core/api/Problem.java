package org.evdepot.manage.core.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem detail, with the offending request field as an extension member.
 *
 * @param type problem type URI ({@code about:blank} for plain HTTP errors)
 * @param title short summary (the HTTP reason)
 * @param status HTTP status
 * @param detail what went wrong, naming the value
 * @param field the offending request field, or null
 * @param instance the request path
 */
@Serdeable
public record Problem(
    String type, String title, int status, String detail, String field, String instance) {

  /** The media type of problem bodies. */
  public static final String MEDIA_TYPE = "application/problem+json";
}
