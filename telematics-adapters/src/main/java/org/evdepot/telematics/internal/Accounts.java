package org.evdepot.telematics.internal;

import java.util.function.Function;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.auth.AccessToken;
import org.evdepot.telematics.auth.TokenSource;

/**
 * Where an OAuth provider's requests get their tokens: one account for every vehicle, or one
 * account per vehicle (several authorising accounts behind one provider instance).
 */
public final class Accounts {
  /** Stands in for the caller's default when tokens come per vehicle; never asked for a token. */
  private static final TokenSource NO_DEFAULT_ACCOUNT =
      new TokenSource() {
        @Override
        public AccessToken current() {
          throw new IllegalStateException("no default account: tokens come per vehicle");
        }

        @Override
        public void invalidate() {}
      };

  private final TokenSource single;
  private final Function<VehicleRef, TokenSource> perVehicle;

  /**
   * @param single the one account, or null
   * @param perVehicle the account of each vehicle, or null (exactly one of the two is set)
   */
  public Accounts(TokenSource single, Function<VehicleRef, TokenSource> perVehicle) {
    if ((single == null) == (perVehicle == null)) {
      throw new IllegalArgumentException("exactly one of tokens and accounts must be set");
    }
    this.single = single;
    this.perVehicle = perVehicle;
  }

  /** The token source an {@link AuthorizedCaller} is built with. */
  public TokenSource callerDefault() {
    return single != null ? single : NO_DEFAULT_ACCOUNT;
  }

  /** Whether each vehicle has its own account (then a rejected account fails only its vehicles). */
  public boolean perVehicle() {
    return perVehicle != null;
  }

  /** The tokens for a vehicle's requests; null when its account is unknown. */
  public TokenSource forVehicle(VehicleRef ref) {
    return perVehicle == null ? single : perVehicle.apply(ref);
  }
}
