package org.evdepot.depotsim.plan;

/**
 * A smart-charging planner: a pure, deterministic function of the depot state. Implementations keep
 * no state between calls, so one instance may serve many depots and threads.
 */
public interface Planner {
  /**
   * Plans grid power per connected vehicle and slot.
   *
   * @param state the depot now and the site's limits and prices over the horizon
   * @return the plan, honouring every limit of the state
   */
  Plan plan(DepotState state);

  /**
   * Whether the first slot of the plan does not depend on the later slots, so a caller that only
   * applies the first slot may ask for a one-slot horizon. The simple strategies are myopic; the
   * optimising one is not.
   *
   * @return true if myopic
   */
  default boolean myopic() {
    return false;
  }
}
