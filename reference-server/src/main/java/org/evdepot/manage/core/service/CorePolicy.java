package org.evdepot.manage.core.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Policies of the core ({@code evdepot.policy.*}): what to do with chargers and id tokens the
 * server does not know, and the heartbeat interval given at boot. The embedded default
 * auto-registers chargers; the {@code prod} environment makes them pending.
 */
@ConfigurationProperties("evdepot.policy")
public class CorePolicy {

  /** What a BootNotification from an unknown charger gets. */
  public enum UnknownCharger {
    /** Recorded as rejected and answered Rejected. */
    REJECT,
    /** Recorded as pending for an operator to approve, answered Pending. */
    PENDING,
    /** Recorded as accepted, answered Accepted. */
    AUTO_REGISTER
  }

  /** What an unknown id token gets. */
  public enum UnknownToken {
    /** Recorded as an accepted RFID token and accepted. */
    ACCEPT_AND_RECORD,
    /** Answered Invalid, not recorded. */
    REJECT
  }

  private UnknownCharger unknownCharger = UnknownCharger.AUTO_REGISTER;
  private UnknownToken unknownToken = UnknownToken.ACCEPT_AND_RECORD;
  private Duration heartbeatInterval = Duration.ofMinutes(5);

  /**
   * @return the unknown-charger policy
   */
  public UnknownCharger getUnknownCharger() {
    return unknownCharger;
  }

  /**
   * @param unknownCharger the unknown-charger policy
   */
  public void setUnknownCharger(UnknownCharger unknownCharger) {
    this.unknownCharger = java.util.Objects.requireNonNull(unknownCharger, "unknown-charger");
  }

  /**
   * @return the unknown-token policy
   */
  public UnknownToken getUnknownToken() {
    return unknownToken;
  }

  /**
   * @param unknownToken the unknown-token policy
   */
  public void setUnknownToken(UnknownToken unknownToken) {
    this.unknownToken = java.util.Objects.requireNonNull(unknownToken, "unknown-token");
  }

  /**
   * @return heartbeat interval sent in the boot answer
   */
  public Duration getHeartbeatInterval() {
    return heartbeatInterval;
  }

  /**
   * @param heartbeatInterval heartbeat interval, at least one second
   */
  public void setHeartbeatInterval(Duration heartbeatInterval) {
    if (heartbeatInterval == null || heartbeatInterval.toSeconds() < 1) {
      throw new IllegalArgumentException(
          "evdepot.policy.heartbeat-interval must be at least 1s, got: " + heartbeatInterval);
    }
    this.heartbeatInterval = heartbeatInterval;
  }
}
