/** Adapter for the Smartcar API v2 (battery, charge, odometer, location via the batch endpoint). */
package org.evdepot.telematics.smartcar;
