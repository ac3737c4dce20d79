package org.evdepot.telematics.internal;

import java.time.Instant;

/** Opens {@link Json}'s package-private fast parser to tests in other packages. */
public final class JsonTestAccess {
  private JsonTestAccess() {}

  /** See {@code Json.fastUtc}. */
  public static Instant fastUtc(String s) {
    return Json.fastUtc(s);
  }
}
