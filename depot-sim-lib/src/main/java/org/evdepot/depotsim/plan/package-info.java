/**
 * Smart-charging planners: pure functions from a {@link org.evdepot.depotsim.plan.DepotState} (the
 * site's limits and prices over a horizon, the chargers and the connected vehicles) to a {@link
 * org.evdepot.depotsim.plan.Plan} (grid power per connected vehicle, that is per EVSE, per slot). A
 * state may carry a forecast of the vehicles expected to plug in ({@link
 * org.evdepot.depotsim.plan.ExpectedArrival}); the optimising planner keeps room for them, the
 * simple ones ignore it.
 *
 * <p>The simulator and the live server run the same planners. Pick one with {@link
 * org.evdepot.depotsim.plan.Strategy#planner()}. Every planner honours the site limit (net of base
 * load and PV), each charger's shared maximum, each charger's minimum power (an EVSE is off or at
 * least at the minimum) and each vehicle's charging curve at the start of each slot; within a slot
 * the vehicle draws {@code min(setpoint, curve)}, so a tapering curve only lowers the power.
 *
 * <p>Priority when targets cannot all be met: vehicles with a larger {@code priority} are served
 * first; within a priority, each strategy's own order applies (arrival for uncontrolled, equal
 * share for balanced, departure for EDF, laxity for LLF, departure for optimised, where vehicles
 * the departure order leaves short move up). Ties break by vehicle id, so plans are deterministic.
 */
package org.evdepot.depotsim.plan;
