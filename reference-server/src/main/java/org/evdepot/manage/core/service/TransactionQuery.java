package org.evdepot.manage.core.service;

import java.time.Instant;

/**
 * A filter over transactions; null fields do not filter.
 *
 * @param depotId chargers of this depot
 * @param chargerId this charger
 * @param from started at or after
 * @param to started before
 * @param page page number from 0
 * @param size page size, 1..500
 */
public record TransactionQuery(
    Long depotId, String chargerId, Instant from, Instant to, int page, int size) {

  /** Validates paging. */
  public TransactionQuery {
    if (page < 0) {
      throw CoreException.invalid("page", "page must not be negative, got: " + page);
    }
    if (size < 1 || size > 500) {
      throw CoreException.invalid("size", "size must be 1..500, got: " + size);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw CoreException.invalid("to", "to must not be before from, got: " + to);
    }
  }
}
