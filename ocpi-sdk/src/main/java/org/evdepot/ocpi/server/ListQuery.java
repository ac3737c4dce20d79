package org.evdepot.ocpi.server;

import java.time.Instant;

/**
 * A page request against a repository.
 *
 * @param dateFrom inclusive lower bound on {@code last_updated}, or null
 * @param dateTo exclusive upper bound on {@code last_updated}, or null
 * @param offset index of the first object
 * @param limit maximum number of objects
 */
public record ListQuery(Instant dateFrom, Instant dateTo, int offset, int limit) {}
