package org.evdepot.ocpp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throwaway certificate authority made at test time with the JDK's {@code keytool}: a CA, a
 * server certificate for 127.0.0.1/localhost and client certificates with a chosen CN, as PKCS#12
 * stores in a temporary folder.
 */
public final class TestPki {
  private static final String PASSWORD = "changeit";
  private final Path dir;

  private TestPki(Path dir) {
    this.dir = dir;
  }

  /** Creates the CA and the server certificate. */
  public static TestPki create() throws Exception {
    TestPki pki = new TestPki(Files.createTempDirectory("evdepot-pki"));
    pki.keytool(
        "-genkeypair",
        "-alias",
        "ca",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=EV Depot Test CA",
        "-ext",
        "bc:c",
        "-validity",
        "2",
        "-keystore",
        pki.file("ca.p12"),
        "-storepass",
        PASSWORD,
        "-storetype",
        "PKCS12");
    pki.keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "ca",
        "-keystore",
        pki.file("ca.p12"),
        "-storepass",
        PASSWORD,
        "-file",
        pki.file("ca.pem"));
    pki.keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "ca",
        "-file",
        pki.file("ca.pem"),
        "-keystore",
        pki.file("trust.p12"),
        "-storepass",
        PASSWORD,
        "-storetype",
        "PKCS12");
    pki.issue("server", "localhost", "SAN=ip:127.0.0.1,dns:localhost");
    return pki;
  }

  /** Issues a client certificate with subject {@code CN=cn}; its store is {@code name}.p12. */
  public void issueClient(String name, String cn) throws Exception {
    issue(name, cn, null);
  }

  private void issue(String name, String cn, String san) throws Exception {
    String store = file(name + ".p12");
    keytool(
        "-genkeypair",
        "-alias",
        name,
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=" + cn,
        "-validity",
        "2",
        "-keystore",
        store,
        "-storepass",
        PASSWORD,
        "-storetype",
        "PKCS12");
    keytool(
        "-certreq",
        "-alias",
        name,
        "-keystore",
        store,
        "-storepass",
        PASSWORD,
        "-file",
        file(name + ".csr"));
    List<String> gencert =
        new ArrayList<>(
            List.of(
                "-gencert",
                "-rfc",
                "-alias",
                "ca",
                "-keystore",
                file("ca.p12"),
                "-storepass",
                PASSWORD,
                "-infile",
                file(name + ".csr"),
                "-outfile",
                file(name + ".pem"),
                "-validity",
                "2"));
    if (san != null) {
      gencert.add("-ext");
      gencert.add(san);
    }
    keytool(gencert.toArray(new String[0]));
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "ca",
        "-file",
        file("ca.pem"),
        "-keystore",
        store,
        "-storepass",
        PASSWORD);
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        name,
        "-file",
        file(name + ".pem"),
        "-keystore",
        store,
        "-storepass",
        PASSWORD);
  }

  /** A TLS context presenting {@code name}'s certificate and trusting the test CA. */
  public SSLContext context(String name) throws Exception {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(load(name + ".p12"), PASSWORD.toCharArray());
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), trustManagers(), null);
    return ctx;
  }

  /** A TLS context that only trusts the test CA (no certificate of its own). */
  public SSLContext trustOnly() throws Exception {
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, trustManagers(), null);
    return ctx;
  }

  private javax.net.ssl.TrustManager[] trustManagers() throws Exception {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(load("trust.p12"));
    return tmf.getTrustManagers();
  }

  private KeyStore load(String file) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(dir.resolve(file))) {
      ks.load(in, PASSWORD.toCharArray());
    }
    return ks;
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  private void keytool(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("keytool " + String.join(" ", args) + " failed: " + out);
    }
  }
}
