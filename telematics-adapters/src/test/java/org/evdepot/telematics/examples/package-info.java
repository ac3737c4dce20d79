/** A runnable example: a small depot on Samsara and a push provider over a simulated hour. */
package org.evdepot.telematics.examples;
