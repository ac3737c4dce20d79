package org.evdepot.manage.core.service;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The server's clock; tests replace it to control time. */
@Factory
public class ClockFactory {

  /**
   * @return the UTC system clock
   */
  @Singleton
  public Clock clock() {
    return Clock.systemUTC();
  }
}
