/**
 * Benchmarks of the depot simulator: a planner replan of a 500-vehicle depot ({@link
 * org.evdepot.bench.depotsim.ReplanBenchmark}) and a simulated year of the 300-bus depot ({@link
 * org.evdepot.bench.depotsim.YearSimulationBenchmark}).
 */
package org.evdepot.bench.depotsim;
