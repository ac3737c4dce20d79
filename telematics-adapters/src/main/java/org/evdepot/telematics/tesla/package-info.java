/** Adapter for the Tesla Fleet API ({@code vehicle_data}; miles converted; never wakes unasked). */
package org.evdepot.telematics.tesla;
