/** Vehicle telematics providers, polling, one normalised vehicle snapshot and change events. */
package org.evdepot.telematics;
