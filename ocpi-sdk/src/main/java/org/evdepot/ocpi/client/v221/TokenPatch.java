package org.evdepot.ocpi.client.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import org.evdepot.ocpi.v221.WhitelistType;

/**
 * A PATCH of a token (OCPI 2.2.1 §12.2.2.3): the fields to change, {@code null} for unchanged;
 * {@code last_updated} is required.
 *
 * @param valid whether the token may be used
 * @param whitelist new whitelist rule
 * @param lastUpdated when the token changed
 */
public record TokenPatch(
    @JsonProperty("valid") Boolean valid,
    @JsonProperty("whitelist") WhitelistType whitelist,
    @JsonProperty("last_updated") Instant lastUpdated) {
  /** Checks {@code last_updated}. */
  public TokenPatch {
    Objects.requireNonNull(lastUpdated, "last_updated is required in a PATCH");
  }

  /**
   * Blocks or unblocks a token.
   *
   * @param valid false to block
   * @param at when
   * @return the patch
   */
  public static TokenPatch valid(boolean valid, Instant at) {
    return new TokenPatch(valid, null, at);
  }
}
