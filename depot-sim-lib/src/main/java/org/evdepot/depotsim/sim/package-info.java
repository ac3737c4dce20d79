/**
 * The discrete-event simulation engine: {@link org.evdepot.depotsim.sim.Simulation} runs a {@link
 * org.evdepot.depotsim.model.Scenario} with a {@link org.evdepot.depotsim.plan.Planner}, exactly
 * (SoC integrated in closed form between events), deterministically (seeded randomness), and offers
 * a step API ({@code observe -> act -> step}) for external agents.
 *
 * <p>Every run is checked by the {@link org.evdepot.depotsim.sim.InvariantChecker} (energy
 * conservation, SoC in 0..1, every power within every limit, no charging of an absent vehicle); its
 * count is the {@code limitViolations} KPI. Results are {@link org.evdepot.depotsim.sim.Kpis} and,
 * optionally, sampled time series.
 */
package org.evdepot.depotsim.sim;
