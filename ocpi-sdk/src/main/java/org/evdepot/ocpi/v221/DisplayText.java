package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Text in one language (OCPI 2.2.1 §16.3).
 *
 * <p>Wire fields: {@code language}, {@code text}. Required fields are checked when the record is
 * built; optional ones may be {@code null}.
 *
 * @param language ISO 639-1 language code
 * @param text the text
 */
public record DisplayText(
    @JsonProperty("language") String language, @JsonProperty("text") String text) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public DisplayText {
    Objects.requireNonNull(language, "DisplayText.language is required");
    Objects.requireNonNull(text, "DisplayText.text is required");
  }
}
