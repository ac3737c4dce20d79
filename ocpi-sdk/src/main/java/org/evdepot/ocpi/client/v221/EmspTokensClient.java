package org.evdepot.ocpi.client.v221;

import java.util.Map;
import java.util.Optional;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.v221.Token;
import org.evdepot.ocpi.v221.TokenType;

/**
 * What an eMSP calls on a CPO's tokens receiver (OCPI 2.2.1 §12.2.2); the token type travels as the
 * {@code type} query parameter.
 */
public final class EmspTokensClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public EmspTokensClient(PartnerClient client) {
    super(client, ModuleId.TOKENS, InterfaceRole.RECEIVER);
  }

  /**
   * Pushes a token.
   *
   * @param token the token
   */
  public void put(Token token) {
    client.call(
        "PUT",
        module,
        role,
        type(token.type()),
        token,
        Void.class,
        token.countryCode(),
        token.partyId(),
        token.uid());
  }

  /**
   * Patches a token, e.g. blocks it.
   *
   * @param token the token as last pushed (for its keys and type)
   * @param patch the changed fields
   */
  public void patch(Token token, TokenPatch patch) {
    client.call(
        "PATCH",
        module,
        role,
        type(token.type()),
        patch,
        Void.class,
        token.countryCode(),
        token.partyId(),
        token.uid());
  }

  /**
   * Reads back what the CPO stored.
   *
   * @param countryCode our country code
   * @param partyId our party ID
   * @param uid token UID
   * @param type token type
   * @return the stored token, or empty
   */
  public Optional<Token> get(String countryCode, String partyId, String uid, TokenType type) {
    return client.find(module, role, type(type), Token.class, countryCode, partyId, uid);
  }

  private static Map<String, String> type(TokenType type) {
    return Map.of("type", type.name());
  }
}
