/**
 * The depot model: the site (grid connection limit, base load, PV, stationary battery, tariff),
 * chargers, vehicle types with their charging curves, vehicles with their schedules of blocks, the
 * depot's plug-in rule, and the timed agent actions of a scenario.
 *
 * <p>All values are immutable and validated when built; times are whole seconds since the start of
 * the scenario, powers are kW, energies kWh and states of charge fractions in 0..1.
 */
package org.evdepot.depotsim.model;
