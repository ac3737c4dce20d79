package org.evdepot.ocpp.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;

/**
 * Free-form JSON values (OCPP 2.0.1 {@code DataTransfer.data}, extra properties of {@code
 * CustomData}) as Jackson trees, read and written with the streaming API so that no {@code
 * ObjectMapper} is needed.
 */
public final class JsonTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  /** Reads the value whose first token is the current token. */
  public static JsonNode read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          ObjectNode o = NODES.objectNode();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            o.set(name, read(p));
          }
          return o;
        }
      case START_ARRAY:
        {
          ArrayNode a = NODES.arrayNode();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.add(read(p));
          }
          return a;
        }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(p.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  /** Writes {@code node} as JSON. */
  public static void write(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          g.writeFieldName(e.getKey());
          write(g, e.getValue());
        }
        g.writeEndObject();
        break;
      case ARRAY:
        g.writeStartArray();
        for (JsonNode n : node) {
          write(g, n);
        }
        g.writeEndArray();
        break;
      case STRING:
        g.writeString(node.textValue());
        break;
      case NUMBER:
        if (node.isIntegralNumber()) {
          g.writeNumber(node.bigIntegerValue());
        } else {
          g.writeNumber(node.decimalValue());
        }
        break;
      case BOOLEAN:
        g.writeBoolean(node.booleanValue());
        break;
      case NULL:
        g.writeNull();
        break;
      default:
        throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node");
    }
  }
}
