package org.evdepot.ocpi.client.v221;

import java.util.stream.Stream;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.client.PullQuery;
import org.evdepot.ocpi.v221.AuthorizationInfo;
import org.evdepot.ocpi.v221.LocationReferences;
import org.evdepot.ocpi.v221.Token;
import org.evdepot.ocpi.v221.TokenType;

/** What a CPO calls on an eMSP's tokens sender (OCPI 2.2.1 §12.2.1). */
public final class CpoTokensClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public CpoTokensClient(PartnerClient client) {
    super(client, ModuleId.TOKENS, InterfaceRole.SENDER);
  }

  /**
   * Pulls the eMSP's tokens, lazily page by page.
   *
   * @param query date range and page size
   * @return the tokens
   */
  public Stream<Token> pull(PullQuery query) {
    return client.pull(module, Token.class, query);
  }

  /**
   * Real-time authorisation of a token.
   *
   * @param uid token UID
   * @param type token type
   * @param location where it is used, or null
   * @return the eMSP's answer
   * @throws org.evdepot.ocpi.OcpiRemoteException 404 / 2004 when the token is unknown
   */
  public AuthorizationInfo authorize(String uid, TokenType type, LocationReferences location) {
    return client.authorize(uid, type.name(), location, AuthorizationInfo.class);
  }
}
