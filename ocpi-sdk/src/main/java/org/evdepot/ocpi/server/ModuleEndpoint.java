package org.evdepot.ocpi.server;

/**
 * One module interface (e.g. the CPO's locations sender) mounted on an {@link OcpiServer}. The
 * server has already authenticated the partner, checked routing headers and split the path.
 * Implementations throw {@link org.evdepot.ocpi.OcpiException} for errors; the server turns them
 * into the HTTP status and OCPI status code they carry.
 */
@FunctionalInterface
public interface ModuleEndpoint {
  /**
   * Handles a request.
   *
   * @param ctx the request with its partner, version and path segments below the endpoint
   * @return the answer
   */
  OcpiResponse handle(ModuleContext ctx);
}
