/**
 * Implementation details: rule evaluators, event ordering, template variable resolution, the SMTP
 * client. Not API: anything here may change without notice.
 */
package org.evdepot.incidents.internal;
