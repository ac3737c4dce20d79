/**
 * The charging station (charge point) role: {@link org.evdepot.ocpp.station.OcppStationClient}, a
 * WebSocket client that connects with one OCPP version, optional HTTP Basic credentials, and
 * reconnects with exponential backoff and jitter.
 */
package org.evdepot.ocpp.station;
