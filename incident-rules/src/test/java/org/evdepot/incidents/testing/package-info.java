/** Test support shipped in the test jar: a virtual clock, polling helpers. */
package org.evdepot.incidents.testing;
