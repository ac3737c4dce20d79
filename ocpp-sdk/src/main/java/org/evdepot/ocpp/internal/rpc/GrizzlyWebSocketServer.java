package org.evdepot.ocpp.internal.rpc;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.grizzly.ssl.SSLUtils;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.tyrus.spi.ServerContainer;
import org.glassfish.tyrus.spi.ServerContainerFactory;

/**
 * A Tyrus WebSocket endpoint on a Grizzly HTTP listener that we configure ourselves, because the
 * Tyrus Grizzly container's own {@code start} binds all interfaces without TLS. This adds: a bind
 * address, an ephemeral port that can be read back, TLS (security profile 2) and client
 * certificates (profile 3). The subject CN of a verified client certificate is handed to the
 * handshake as the request header {@link #CLIENT_CN_HEADER}, after removing any such header the
 * client sent itself.
 */
public final class GrizzlyWebSocketServer {
  /** Request header carrying the verified client certificate's CN into the handshake. */
  public static final String CLIENT_CN_HEADER = "X-Evdepot-Client-Certificate-CN";

  /** Worker threads for reads: enough to absorb blocking authenticators during a storm. */
  private static final int IO_WORKERS = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());

  private final HttpServer http;
  private final NetworkListener listener;

  private GrizzlyWebSocketServer(HttpServer http, NetworkListener listener) {
    this.http = http;
    this.listener = listener;
  }

  /**
   * Starts a server.
   *
   * @param host bind address, e.g. {@code 0.0.0.0}
   * @param port port, 0 for an ephemeral one
   * @param endpoint the endpoint to serve
   * @param properties Tyrus container properties
   * @param ssl TLS context, or null for plain ws
   * @param needClientAuth require a client certificate (TLS only)
   */
  public static GrizzlyWebSocketServer start(
      String host,
      int port,
      ServerEndpointConfig endpoint,
      Map<String, Object> properties,
      SSLContext ssl,
      boolean needClientAuth)
      throws IOException, DeploymentException {
    ServerContainer container = ServerContainerFactory.createServerContainer(properties);
    container.getWebSocketEngine().register(endpoint, "");
    HttpServer http = new HttpServer();
    NetworkListener listener = new NetworkListener("ocpp", host, port);
    if (ssl != null) {
      listener.setSecure(true);
      listener.setSSLEngineConfig(new SSLEngineConfigurator(ssl, false, needClientAuth, false));
    }
    // Reads (the upgrade with its authenticator, onOpen, frames) run on worker threads, not on the
    // selector threads: an authenticator that reads a database or hashes a password must not stall
    // every other connection of its selector. Grizzly still reads one connection at a time, so
    // frames keep their order.
    listener.getTransport().setIOStrategy(WorkerThreadIOStrategy.getInstance());
    listener
        .getTransport()
        .setWorkerThreadPoolConfig(
            ThreadPoolConfig.defaultConfig()
                .setPoolName("ocpp-io-worker")
                .setCorePoolSize(IO_WORKERS)
                .setMaxPoolSize(IO_WORKERS));
    listener.registerAddOn(new ClientCertificateAddOn());
    listener.registerAddOn(webSocketAddOn(container));
    http.addListener(listener);
    http.start();
    return new GrizzlyWebSocketServer(http, listener);
  }

  /** The bound port. */
  public int port() {
    return listener.getPort();
  }

  /** Stops listening and closes the connections. */
  public void stop() {
    http.shutdownNow();
  }

  private static AddOn webSocketAddOn(ServerContainer container) throws IOException {
    // Tyrus keeps the add-on's constructor package-private; it is the supported way to put a
    // Tyrus engine on a Grizzly listener, so it is opened reflectively.
    try {
      Class<?> type = Class.forName("org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn");
      Constructor<?> c = type.getDeclaredConstructor(ServerContainer.class, String.class);
      c.setAccessible(true);
      return (AddOn) c.newInstance(container, "/");
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IOException("cannot install the Tyrus WebSocket add-on", e);
    }
  }

  /** Puts a filter that reads the client certificate in front of the Tyrus filter. */
  private static final class ClientCertificateAddOn implements AddOn {
    @Override
    public void setup(NetworkListener networkListener, FilterChainBuilder builder) {
      // Registered before the Tyrus add-on, which then puts its own filter right before the HTTP
      // server filter too, i.e. after this one.
      int at = builder.indexOfType(org.glassfish.grizzly.http.server.HttpServerFilter.class);
      if (at < 0) {
        throw new IllegalStateException("HTTP server filter not found in the Grizzly filter chain");
      }
      builder.add(at, new ClientCertificateFilter());
    }
  }

  private static final class ClientCertificateFilter extends BaseFilter {
    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
      Object message = ctx.getMessage();
      if (message instanceof HttpContent) {
        HttpHeader header = ((HttpContent) message).getHttpHeader();
        if (header instanceof HttpRequestPacket && header.isRequest()) {
          HttpRequestPacket request = (HttpRequestPacket) header;
          request.getHeaders().removeHeader(CLIENT_CN_HEADER);
          String cn = clientCn(SSLUtils.getSSLEngine(ctx.getConnection()));
          if (cn != null) {
            request.addHeader(CLIENT_CN_HEADER, cn);
          }
        }
      }
      return ctx.getInvokeAction();
    }
  }

  private static String clientCn(SSLEngine engine) {
    if (engine == null) {
      return null;
    }
    try {
      Certificate[] chain = engine.getSession().getPeerCertificates();
      if (chain.length == 0 || !(chain[0] instanceof X509Certificate)) {
        return null;
      }
      LdapName name =
          new LdapName(((X509Certificate) chain[0]).getSubjectX500Principal().getName());
      for (Rdn rdn : name.getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return rdn.getValue().toString();
        }
      }
      return null;
    } catch (SSLPeerUnverifiedException | InvalidNameException e) {
      return null;
    }
  }
}
