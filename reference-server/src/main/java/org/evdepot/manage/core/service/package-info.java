/**
 * The core's domain services, version-neutral: what OCPP 1.6 and 2.0.1 handlers (through {@link
 * org.evdepot.manage.connect.CoreLink}) and the REST API call. Each operation runs in one database
 * transaction together with the outbox events it raises, so an answer sent to a charger always
 * follows a commit. Policies for unknown chargers and tokens come from {@link
 * org.evdepot.manage.core.service.CorePolicy}.
 */
package org.evdepot.manage.core.service;
