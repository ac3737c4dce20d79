package org.evdepot.ocpi.partner;

/** How a credentials token is written into the {@code Authorization: Token ...} header. */
public enum TokenEncoding {
  /** Base64 for 2.2.1, raw for 2.1.1 (what each spec version prescribes). */
  BY_VERSION,
  /** Always Base64, for partners that expect it regardless of version. */
  BASE64,
  /** Always raw, for 2.2.1 partners that never adopted Base64. */
  RAW
}
