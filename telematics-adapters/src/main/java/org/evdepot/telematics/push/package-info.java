/** A generic, HMAC-authenticated push (webhook) adapter with a documented, unit-naming format. */
package org.evdepot.telematics.push;
