package org.evdepot.ocpi.client;

import java.time.Instant;

/**
 * Parameters of a paginated GET on a sender interface.
 *
 * @param dateFrom only objects with {@code last_updated >= dateFrom}; null for no bound
 * @param dateTo only objects with {@code last_updated < dateTo}; null for no bound
 * @param offset first object, at least 0
 * @param limit page size to ask for; null lets the server choose
 */
public record PullQuery(Instant dateFrom, Instant dateTo, int offset, Integer limit) {
  /** Validates offset and limit. */
  public PullQuery {
    if (offset < 0) {
      throw new IllegalArgumentException("pull.offset must not be negative: " + offset);
    }
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("pull.limit must be positive: " + limit);
    }
  }

  /**
   * Everything, server-chosen page size.
   *
   * @return the query
   */
  public static PullQuery all() {
    return new PullQuery(null, null, 0, null);
  }

  /**
   * Copy with a page size.
   *
   * @param pageSize the limit
   * @return the copy
   */
  public PullQuery withLimit(int pageSize) {
    return new PullQuery(dateFrom, dateTo, offset, pageSize);
  }

  /**
   * Copy with a date range.
   *
   * @param from inclusive lower bound or null
   * @param to exclusive upper bound or null
   * @return the copy
   */
  public PullQuery between(Instant from, Instant to) {
    return new PullQuery(from, to, offset, limit);
  }
}
