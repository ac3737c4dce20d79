/**
 * Test support shipped in the test jar: a loopback HTTP server that replays provider answers, a
 * virtual clock, and the snapshot invariants every decoder test checks.
 */
package org.evdepot.telematics.testing;
