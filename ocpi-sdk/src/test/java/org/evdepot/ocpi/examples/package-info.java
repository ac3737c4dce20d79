/**
 * Runnable examples and test support: {@link org.evdepot.ocpi.examples.JdkOcpiHost} hosts an OCPI
 * server in the JDK HTTP server, {@link org.evdepot.ocpi.examples.RoamingNode} assembles a CPO or
 * eMSP, {@link org.evdepot.ocpi.examples.CpoEmspExample} runs a tiny pair.
 */
package org.evdepot.ocpi.examples;
