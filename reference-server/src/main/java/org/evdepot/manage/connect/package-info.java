/**
 * The connect side's door into the core: {@link org.evdepot.manage.connect.CoreLink}, the
 * version-neutral operations that the OCPP 1.6 and 2.0.1 handlers call, and its in-process
 * implementation. The OCPP endpoint (WebSockets, handlers) builds on this package.
 */
package org.evdepot.manage.connect;
