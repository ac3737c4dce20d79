/** Adapter for MyGeotab JSON-RPC (StatusData diagnostics, DeviceStatusInfo, ChargeEvent). */
package org.evdepot.telematics.geotab;
