/** Adapter for the Samsara vehicle stats feed (cursor-based, many vehicles per call). */
package org.evdepot.telematics.samsara;
