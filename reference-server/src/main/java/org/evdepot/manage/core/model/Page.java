package org.evdepot.manage.core.model;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of a larger result.
 *
 * @param items the items of this page
 * @param page page number, from 0
 * @param size page size asked for
 * @param total number of items over all pages
 * @param <T> item type
 */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
  }
}
