package org.evdepot.ocpi.client;

import java.util.List;

/**
 * One page of a paginated GET.
 *
 * @param items objects on this page
 * @param nextUrl URL of the next page from the {@code Link} header, or null on the last page
 * @param totalCount {@code X-Total-Count}, or null when absent
 * @param limit {@code X-Limit}, or null when absent
 * @param <T> object type
 */
public record PageResult<T>(List<T> items, String nextUrl, Integer totalCount, Integer limit) {
  /** Copies the list. */
  public PageResult {
    items = List.copyOf(items);
  }
}
