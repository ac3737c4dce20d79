package org.evdepot.depotsim.model;

/**
 * How the depot operates: a returning vehicle plugs in {@code plugInDelaySeconds} after it arrives,
 * into the first free EVSE (chargers in scenario order); when none is free it waits in arrival
 * order.
 *
 * @param plugInDelaySeconds delay between arrival and plug-in, >= 0
 */
public record DepotRule(long plugInDelaySeconds) {
  /** Plug in on arrival. */
  public static final DepotRule PLUG_IN_ON_ARRIVAL = new DepotRule(0);

  /** Validates every field. */
  public DepotRule {
    if (plugInDelaySeconds < 0) {
      throw new IllegalArgumentException(
          "plugInDelaySeconds must not be negative: " + plugInDelaySeconds);
    }
  }
}
