package org.evdepot.ocpp.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;

/**
 * Reads, writes and validates one OCPP payload type with Jackson's streaming API, without an
 * intermediate tree. Implementations are generated from the official JSON schemas.
 *
 * @param <T> the payload record type
 */
public interface MessageCodec<T> {

  /**
   * Reads one payload. On entry the parser's current token is the payload's {@code START_OBJECT};
   * on return it is the matching {@code END_OBJECT}. Every constraint of the schema is checked
   * while reading: in strict mode the first violation throws {@link OcppDecodeException}; in
   * lenient mode recoverable violations (unknown fields, enum values in the wrong case, timestamps
   * without an offset) are reported to the context and reading goes on.
   *
   * @throws OcppDecodeException when the payload violates the schema
   * @throws IOException when the parser fails (malformed JSON surfaces as {@link
   *     com.fasterxml.jackson.core.JsonParseException})
   */
  T read(JsonParser parser, DecodeContext context) throws IOException;

  /** Writes {@code value} as one JSON object. Absent (null) optional fields are omitted. */
  void write(JsonGenerator generator, T value) throws IOException;

  /**
   * Checks {@code value} against the schema's constraints (required fields, string lengths, array
   * sizes, numeric bounds and {@code multipleOf}) and returns every violation found, empty when
   * valid. Used to validate what an application is about to send.
   */
  List<Violation> validate(T value);
}
