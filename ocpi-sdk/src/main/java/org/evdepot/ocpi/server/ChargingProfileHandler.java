package org.evdepot.ocpi.server;

import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.v221.ChargingProfileResponse;
import org.evdepot.ocpi.v221.SetChargingProfile;

/**
 * The CPO application's side of smart charging (OCPI 2.2.1 §14): answer at once whether the request
 * is forwarded to the charger, then POST the asynchronous result ({@code
 * ActiveChargingProfileResult}, {@code ChargingProfileResult} or {@code ClearProfileResult}) to the
 * {@code response_url}.
 */
public interface ChargingProfileHandler {
  /**
   * GET the active profile of a session.
   *
   * @param sessionId session ID
   * @param durationSeconds length of the requested profile
   * @param responseUrl where the result goes
   * @param partner caller
   * @return the synchronous answer
   */
  ChargingProfileResponse getActive(
      String sessionId, int durationSeconds, String responseUrl, Partner partner);

  /**
   * PUT a profile on a session.
   *
   * @param sessionId session ID
   * @param request the profile and response URL
   * @param partner caller
   * @return the synchronous answer
   */
  ChargingProfileResponse set(String sessionId, SetChargingProfile request, Partner partner);

  /**
   * DELETE the profile of a session.
   *
   * @param sessionId session ID
   * @param responseUrl where the result goes
   * @param partner caller
   * @return the synchronous answer
   */
  ChargingProfileResponse clear(String sessionId, String responseUrl, Partner partner);
}
