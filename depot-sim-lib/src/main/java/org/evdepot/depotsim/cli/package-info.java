/**
 * The command-line runner: {@code java -jar depot-sim-lib-<version>-cli.jar run scenario.json
 * --strategy optimised --out results/}.
 */
package org.evdepot.depotsim.cli;
