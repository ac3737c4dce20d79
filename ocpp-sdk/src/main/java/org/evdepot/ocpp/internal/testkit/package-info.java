/**
 * Implementation of the test kit ({@code org.evdepot.ocpp.testkit}): default payloads synthesised
 * from the generated records, the spec rules the mocks enforce, and the frame recorder. Not API.
 */
package org.evdepot.ocpp.internal.testkit;
