package org.evdepot.ocpp.internal.codec;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.evdepot.ocpp.codec.DecodeContext;

/**
 * Reads one array element whose first token is the parser's current token.
 *
 * @param <T> element type
 */
@FunctionalInterface
public interface ElementReader<T> {
  /** Reads the element; violations carry paths relative to the element. */
  T read(JsonParser parser, DecodeContext context) throws IOException;
}
