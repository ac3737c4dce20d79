/**
 * Test support shipped as product, in the spirit of OkHttp's {@code mockwebserver}: a {@link
 * org.evdepot.ocpp.testkit.MockCsms} to test charging stations against, and a {@link
 * org.evdepot.ocpp.testkit.MockChargingStation} to test a CSMS with. Both answer every action of
 * their version unscripted, can be scripted per action, record every frame and CALL with blocking
 * takes bounded by a deadline, and run from the command line so that tools in other languages can
 * be tested against them. The mock CSMS also checks the station against the specification's rules
 * and records each breach as a {@link org.evdepot.ocpp.testkit.RuleViolation}.
 */
package org.evdepot.ocpp.testkit;
