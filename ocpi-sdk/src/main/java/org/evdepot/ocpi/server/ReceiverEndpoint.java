package org.evdepot.ocpi.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.internal.Trees;
import org.evdepot.ocpi.partner.PartyRef;

/**
 * A receiver interface (where the data owner pushes client-owned objects): {@code GET}, {@code
 * PUT}, {@code PATCH} and, where the module allows it, {@code DELETE} on {@code
 * /{country_code}/{party_id}/{id}}, plus EVSE and connector levels for locations and {@code POST}
 * for CDRs. The URL's country code and party ID must belong to the calling partner; in 2.2.1 they
 * and the ID must equal the fields of the pushed object. A PATCH must carry {@code last_updated}.
 * Answers 201 when an object is created, 200 when it is replaced.
 *
 * @param <T> object type
 */
public final class ReceiverEndpoint<T> implements ModuleEndpoint {
  private final ObjectRepository<T> repository;
  private final Class<T> type;
  private final Options options;

  /**
   * What a module's receiver allows.
   *
   * @param idField name of the ID field ({@code id}, or {@code uid} for tokens)
   * @param notFound status for unknown objects
   * @param patch whether PATCH is allowed
   * @param delete whether DELETE is allowed
   * @param postCreates whether objects are created with POST on the bare endpoint (CDRs)
   * @param childPath for locations: {@code evses, uid, connectors, id}
   */
  public record Options(
      String idField,
      OcpiStatus notFound,
      boolean patch,
      boolean delete,
      boolean postCreates,
      List<String> childPath) {
    /** Copies the child path. */
    public Options {
      Objects.requireNonNull(idField, "options.idField");
      Objects.requireNonNull(notFound, "options.notFound");
      childPath = List.copyOf(childPath);
    }

    /**
     * Locations: PUT and PATCH on location, EVSE and connector.
     *
     * @return options
     */
    public static Options locations() {
      return new Options(
          "id",
          OcpiStatus.UNKNOWN_LOCATION,
          true,
          false,
          false,
          List.of("evses", "uid", "connectors", "id"));
    }

    /**
     * Sessions: PUT and PATCH.
     *
     * @return options
     */
    public static Options sessions() {
      return new Options("id", OcpiStatus.CLIENT_ERROR, true, false, false, List.of());
    }

    /**
     * CDRs: POST and GET only.
     *
     * @return options
     */
    public static Options cdrs() {
      return new Options("id", OcpiStatus.CLIENT_ERROR, false, false, true, List.of());
    }

    /**
     * Tariffs: PUT and DELETE, plus PATCH in 2.1.1 only.
     *
     * @param version the version
     * @return options
     */
    public static Options tariffs(OcpiVersion version) {
      return new Options(
          "id", OcpiStatus.CLIENT_ERROR, version == OcpiVersion.V2_1_1, true, false, List.of());
    }

    /**
     * Tokens: PUT and PATCH, keyed by {@code uid}.
     *
     * @return options
     */
    public static Options tokens() {
      return new Options("uid", OcpiStatus.UNKNOWN_TOKEN, true, false, false, List.of());
    }
  }

  /**
   * Creates the endpoint.
   *
   * @param repository where pushed objects are stored
   * @param type object class of the version (e.g. {@code Location} or {@code Location211})
   * @param options module rules
   */
  public ReceiverEndpoint(ObjectRepository<T> repository, Class<T> type, Options options) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.type = Objects.requireNonNull(type, "type");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public OcpiResponse handle(ModuleContext ctx) {
    String method = ctx.request().method();
    if (method.equals("POST") && options.postCreates() && ctx.segments().isEmpty()) {
      return create(ctx);
    }
    if (ctx.segments().size() < 3) {
      throw ModuleContext.error(
          400,
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
          "expected /{country_code}/{party_id}/{id}");
    }
    String[] childPath = options.childPath().toArray(String[]::new);
    List<String> childKeys = ctx.segments().subList(3, ctx.segments().size());
    if (childKeys.size() * 2 > childPath.length) {
      throw ModuleContext.error(404, OcpiStatus.CLIENT_ERROR, "no such resource");
    }
    ObjectKey key = new ObjectKey(ctx.segment(0), ctx.segment(1), ctx.segment(2));
    switch (method) {
      case "GET":
        return get(ctx, key, childPath, childKeys);
      case "PUT":
        checkOwner(ctx, key);
        return put(ctx, key, childPath, childKeys);
      case "PATCH":
        if (!options.patch()) {
          break;
        }
        checkOwner(ctx, key);
        return patch(ctx, key, childPath, childKeys);
      case "DELETE":
        if (!options.delete() || !childKeys.isEmpty()) {
          break;
        }
        checkOwner(ctx, key);
        if (!repository.delete(key)) {
          throw ModuleContext.error(404, options.notFound(), "unknown object " + key.id());
        }
        return ctx.ok(null);
      default:
        break;
    }
    throw ModuleContext.error(405, OcpiStatus.CLIENT_ERROR, method + " is not supported here");
  }

  private OcpiResponse get(ModuleContext ctx, ObjectKey key, String[] path, List<String> keys) {
    T obj =
        repository
            .find(key)
            .orElseThrow(
                () -> ModuleContext.error(404, options.notFound(), "unknown object " + key.id()));
    if (keys.isEmpty()) {
      return ctx.ok(obj);
    }
    JsonNode child = Trees.child(ctx.json().toTree(obj), path, keys);
    if (child == null) {
      throw ModuleContext.error(404, options.notFound(), "unknown child " + String.join("/", keys));
    }
    return ctx.ok(child);
  }

  private OcpiResponse put(ModuleContext ctx, ObjectKey key, String[] path, List<String> keys) {
    ObjectNode body = objectBody(ctx);
    if (keys.isEmpty()) {
      checkIds(ctx, key, body);
      T value = ctx.json().convert(body, type);
      boolean created = repository.put(key, value);
      return ctx.ok(created ? 201 : 200, null, Map.of());
    }
    T existing =
        repository
            .find(key)
            .orElseThrow(
                () -> ModuleContext.error(404, options.notFound(), "unknown object " + key.id()));
    String childKeyField = path[(keys.size() - 1) * 2 + 1];
    String bodyKey = body.path(childKeyField).asText(null);
    if (!keys.get(keys.size() - 1).equals(bodyKey)) {
      throw ModuleContext.error(
          400,
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
          childKeyField + " in body (" + bodyKey + ") differs from the URL");
    }
    ObjectNode root = (ObjectNode) ctx.json().toTree(existing);
    if (!Trees.putChild(root, path, keys, body)) {
      throw ModuleContext.error(
          404, options.notFound(), "unknown parent of " + String.join("/", keys));
    }
    touch(root, body);
    repository.put(key, ctx.json().convert(root, type));
    return ctx.ok(null);
  }

  private OcpiResponse patch(ModuleContext ctx, ObjectKey key, String[] path, List<String> keys) {
    ObjectNode body = objectBody(ctx);
    if (!body.hasNonNull("last_updated")) {
      throw ModuleContext.error(
          400, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, "PATCH must contain last_updated");
    }
    T existing =
        repository
            .find(key)
            .orElseThrow(
                () -> ModuleContext.error(404, options.notFound(), "unknown object " + key.id()));
    ObjectNode root = (ObjectNode) ctx.json().toTree(existing);
    ObjectNode target = keys.isEmpty() ? root : Trees.child(root, path, keys);
    if (target == null) {
      throw ModuleContext.error(404, options.notFound(), "unknown child " + String.join("/", keys));
    }
    if (body.has(options.idField())
        && keys.isEmpty()
        && !key.id().equals(body.get(options.idField()).asText())) {
      throw ModuleContext.error(
          400,
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
          "a PATCH cannot change " + options.idField());
    }
    target.setAll(body);
    touch(root, body);
    repository.put(key, ctx.json().convert(root, type));
    return ctx.ok(null);
  }

  private OcpiResponse create(ModuleContext ctx) {
    ObjectNode body = objectBody(ctx);
    String cc;
    String pid;
    if (ctx.version() == OcpiVersion.V2_2_1) {
      cc = body.path("country_code").asText(null);
      pid = body.path("party_id").asText(null);
    } else {
      PartyRef p =
          ctx.partner()
              .mainParty()
              .orElseThrow(
                  () -> ModuleContext.error(400, OcpiStatus.CLIENT_ERROR, "partner has no party"));
      cc = p.countryCode();
      pid = p.partyId();
    }
    String id = body.path(options.idField()).asText(null);
    if (cc == null || pid == null || id == null) {
      throw ModuleContext.error(
          400,
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
          "country_code, party_id and id are required");
    }
    ObjectKey key = new ObjectKey(cc, pid, id);
    checkOwner(ctx, key);
    T value = ctx.json().convert(body, type);
    repository.put(key, value);
    String location = ctx.endpointUrl() + "/" + enc(cc) + "/" + enc(pid) + "/" + enc(id);
    return ctx.ok(201, null, Map.of("Location", location));
  }

  private void checkOwner(ModuleContext ctx, ObjectKey key) {
    List<PartyRef> parties = ctx.partner().parties();
    if (!parties.isEmpty()
        && parties.stream().noneMatch(p -> p.matches(key.countryCode(), key.partyId()))) {
      throw ModuleContext.error(
          400,
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
          key.countryCode() + "/" + key.partyId() + " is not a party of this partner");
    }
  }

  private void checkIds(ModuleContext ctx, ObjectKey key, ObjectNode body) {
    String id = body.path(options.idField()).asText(null);
    if (id != null && !id.equals(key.id())) {
      throw ModuleContext.error(
          400,
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
          options.idField() + " in body (" + id + ") differs from the URL (" + key.id() + ")");
    }
    if (ctx.version() == OcpiVersion.V2_2_1 && body.has("country_code") && body.has("party_id")) {
      if (!body.get("country_code").asText().equalsIgnoreCase(key.countryCode())
          || !body.get("party_id").asText().equalsIgnoreCase(key.partyId())) {
        throw ModuleContext.error(
            400,
            OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
            "country_code/party_id in body differ from the URL");
      }
    }
  }

  private static void touch(ObjectNode root, ObjectNode body) {
    if (body.hasNonNull("last_updated")) {
      root.set("last_updated", body.get("last_updated"));
    }
  }

  private static ObjectNode objectBody(ModuleContext ctx) {
    JsonNode node = ctx.json().tree(ctx.request().body());
    if (!(node instanceof ObjectNode o)) {
      throw ModuleContext.error(
          400, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, "body must be a JSON object");
    }
    return o;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
