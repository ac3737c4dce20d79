package org.evdepot.ocpi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** JSON tree helpers for nested OCPI objects (location -> EVSE -> connector). */
public final class Trees {
  private Trees() {}

  /**
   * Finds a nested child, e.g. path {@code evses/uid/connectors/id} and keys {@code [EVSE1, 1]}.
   *
   * @param root the parent object
   * @param childPath pairs of (array field, key field)
   * @param keys keys, one per level
   * @return the child object, or null when missing or too deep
   */
  public static ObjectNode child(JsonNode root, String[] childPath, List<String> keys) {
    JsonNode cur = root;
    if (keys.size() * 2 > childPath.length) {
      return null;
    }
    for (int level = 0; level < keys.size(); level++) {
      JsonNode arr = cur.get(childPath[level * 2]);
      if (arr == null || !arr.isArray()) {
        return null;
      }
      JsonNode found = null;
      for (JsonNode el : arr) {
        if (keys.get(level).equals(el.path(childPath[level * 2 + 1]).asText(null))) {
          found = el;
          break;
        }
      }
      if (found == null) {
        return null;
      }
      cur = found;
    }
    return cur instanceof ObjectNode o ? o : null;
  }

  /**
   * Replaces (or appends) a nested child identified by the last key.
   *
   * @param root parent object
   * @param childPath pairs of (array field, key field)
   * @param keys keys, one per level
   * @param replacement new child
   * @return false when an intermediate level is missing
   */
  public static boolean putChild(
      ObjectNode root, String[] childPath, List<String> keys, ObjectNode replacement) {
    ObjectNode parent =
        keys.size() == 1 ? root : child(root, childPath, keys.subList(0, keys.size() - 1));
    if (parent == null) {
      return false;
    }
    int level = keys.size() - 1;
    String arrayField = childPath[level * 2];
    String keyField = childPath[level * 2 + 1];
    JsonNode existing = parent.get(arrayField);
    ArrayNode arr = existing instanceof ArrayNode a ? a : parent.putArray(arrayField);
    for (int i = 0; i < arr.size(); i++) {
      if (keys.get(level).equals(arr.get(i).path(keyField).asText(null))) {
        arr.set(i, replacement);
        return true;
      }
    }
    arr.add(replacement);
    return true;
  }
}
