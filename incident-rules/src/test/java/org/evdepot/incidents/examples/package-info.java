/** A runnable example of the incident engine with the built-in depot pack and a webhook. */
package org.evdepot.incidents.examples;
