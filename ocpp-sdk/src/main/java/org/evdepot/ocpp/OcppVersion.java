package org.evdepot.ocpp;

import java.util.Optional;

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
