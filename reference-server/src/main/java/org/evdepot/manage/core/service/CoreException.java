package org.evdepot.manage.core.service;

/**
 * A request the core refuses. The {@link Kind} maps to an HTTP status in the REST API; {@link
 * #field()} names the offending request field when there is one.
 */
public class CoreException extends RuntimeException {

  /** Why the request was refused. */
  public enum Kind {
    /** The thing does not exist (404). */
    NOT_FOUND,
    /** The request conflicts with the current state (409). */
    CONFLICT,
    /** A field is invalid (400). */
    INVALID
  }

  private final Kind kind;
  private final String field;

  /**
   * @param kind why
   * @param field offending field, or null
   * @param message what is wrong, naming the value
   */
  public CoreException(Kind kind, String field, String message) {
    super(message);
    this.kind = kind;
    this.field = field;
  }

  /**
   * @param what kind of thing, e.g. "charger"
   * @param id its id
   * @return a not-found exception
   */
  public static CoreException notFound(String what, Object id) {
    return new CoreException(Kind.NOT_FOUND, null, what + " not found: " + id);
  }

  /**
   * @param field the field
   * @param message what is wrong
   * @return an invalid-field exception
   */
  public static CoreException invalid(String field, String message) {
    return new CoreException(Kind.INVALID, field, message);
  }

  /**
   * @return why the request was refused
   */
  public Kind kind() {
    return kind;
  }

  /**
   * @return the offending field, or null
   */
  public String field() {
    return field;
  }
}
