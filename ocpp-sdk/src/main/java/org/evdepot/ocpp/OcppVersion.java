package org.evdepot.ocpp;

import java.util.Optional;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.V201Actions;

/**
 * The OCPP versions this SDK speaks, each with its WebSocket subprotocol name (OCPP-J 1.6 section
 * 3.1.2; OCPP 2.0.1 part 4 section 3.1.2).
 */
public enum OcppVersion {
  /** OCPP 1.6 JSON, including the Security Whitepaper messages. */
  V16("ocpp1.6"),
  /** OCPP 2.0.1. */
  V201("ocpp2.0.1");

  private final String subprotocol;

  OcppVersion(String subprotocol) {
    this.subprotocol = subprotocol;
  }

  /** The WebSocket subprotocol token, e.g. {@code ocpp1.6}. */
  public String subprotocol() {
    return subprotocol;
  }

  /** Every action of this version ({@code V16Actions.CATALOG} or {@code V201Actions.CATALOG}). */
  public ActionCatalog catalog() {
    switch (this) {
      case V16:
        return V16Actions.CATALOG;
      case V201:
        return V201Actions.CATALOG;
      default:
        throw new IllegalStateException("no catalog for " + this);
    }
  }

  /** The version whose subprotocol token is {@code token} (case-sensitive), if any. */
  public static Optional<OcppVersion> fromSubprotocol(String token) {
    for (OcppVersion v : values()) {
      if (v.subprotocol.equals(token)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
