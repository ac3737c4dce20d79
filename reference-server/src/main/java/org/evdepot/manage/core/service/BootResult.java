package org.evdepot.manage.core.service;

import java.time.Instant;
import org.evdepot.manage.core.model.RegistrationStatus;

/**
 * The answer to a BootNotification.
 *
 * @param status Accepted, Pending or Rejected
 * @param currentTime server time to send
 * @param intervalSeconds heartbeat interval (Accepted) or retry interval (Pending, Rejected)
 */
public record BootResult(RegistrationStatus status, Instant currentTime, int intervalSeconds) {}
