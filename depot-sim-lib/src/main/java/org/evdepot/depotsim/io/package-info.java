/**
 * Reading scenarios and writing results: {@link org.evdepot.depotsim.io.ScenarioReader} reads this
 * module's JSON scenario format and recognises SpiceEV scenarios by their shape ({@link
 * org.evdepot.depotsim.io.SpiceEvImporter}); {@link org.evdepot.depotsim.io.ResultWriter} writes
 * KPIs as JSON and text and the time series as CSV.
 */
package org.evdepot.depotsim.io;
