/**
 * The normalised vehicle model and the provider SPI.
 *
 * <p>A {@link org.evdepot.telematics.VehicleSnapshot} holds one {@link
 * org.evdepot.telematics.Observation} per measured field (state of charge, range, odometer,
 * location, plug and charging state, charge limit, power, energy), each with its observation, fetch
 * and receive times and a {@link org.evdepot.telematics.Quality}. {@link
 * org.evdepot.telematics.Units} converts exactly, {@link org.evdepot.telematics.Plausibility} marks
 * implausible values invalid, and {@link org.evdepot.telematics.VehicleSnapshot#mergedWith} applies
 * the rule that an older observation never overwrites a newer one.
 *
 * <p>Every source implements {@link org.evdepot.telematics.TelematicsProvider}; adapters live in
 * the {@code smartcar}, {@code geotab}, {@code samsara}, {@code tesla} and {@code push}
 * subpackages, credentials in {@code auth}, the poller in {@code polling} and the snapshot store
 * with change events in {@code store}.
 */
package org.evdepot.telematics;
