package org.evdepot.ocpp.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's naming and de-duplication rules, on small hand-written schemas. */
class OcppCodeGeneratorTest {

  @Test
  void constantNames_followTheWireValues() {
    assertThat(OcppCodeGenerator.constantName("SuspendedEVSE")).isEqualTo("SUSPENDED_EVSE");
    assertThat(OcppCodeGenerator.constantName("Energy.Active.Import.Register"))
        .isEqualTo("ENERGY_ACTIVE_IMPORT_REGISTER");
    assertThat(OcppCodeGenerator.constantName("L1-N")).isEqualTo("L1_N");
    assertThat(OcppCodeGenerator.constantName("EVCommunicationError"))
        .isEqualTo("EV_COMMUNICATION_ERROR");
    assertThat(OcppCodeGenerator.constantName("kWh")).isEqualTo("KWH");
    assertThat(OcppCodeGenerator.constantName("s309-1P-16A")).isEqualTo("S309_1P_16A");
    assertThat(OcppCodeGenerator.constantName("15118")).isEqualTo("V_15118");
  }

  @Test
  void descriptions_dropDataDictionaryLinesAndEscapeHtml() {
    assertThat(
            OcppCodeGenerator.clean(
                "Device. Model. CI20_ Text\r\nurn:x-oca:ocpp:uid:1:569325\r\nDefines the model.\r\n"))
        .isEqualTo("Defines the model.");
    assertThat(OcppCodeGenerator.clean("See &lt;&lt;key-x,X.maxLimit&gt;&gt; & <b>"))
        .isEqualTo("See X.maxLimit &amp; &lt;b&gt;");
  }

  @Test
  void identicalInlineTypesBecomeOneTypeAndDifferentOnesGetTheActionAsPrefix(@TempDir Path dir)
      throws IOException {
    Path schemas = dir.resolve("schemas/v16");
    Files.createDirectories(schemas);
    String info =
        "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"status\":"
            + "{\"type\":\"string\",\"enum\":[\"Accepted\",\"Blocked\"]}},\"required\":[\"status\"]}";
    String other =
        "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"status\":"
            + "{\"type\":\"string\",\"enum\":[\"Accepted\"]}},\"required\":[\"status\"]}";
    String request =
        "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"idTag\":"
            + "{\"type\":\"string\",\"maxLength\":20}},\"required\":[\"idTag\"]}";
    Files.writeString(schemas.resolve("Authorize.json"), request);
    Files.writeString(
        schemas.resolve("AuthorizeResponse.json"),
        "{\"type\":\"object\",\"properties\":{\"idTagInfo\":" + info + "}}");
    Files.writeString(schemas.resolve("StartTransaction.json"), request);
    Files.writeString(
        schemas.resolve("StartTransactionResponse.json"),
        "{\"type\":\"object\",\"properties\":{\"idTagInfo\":" + info + "}}");
    Files.writeString(schemas.resolve("StopTransaction.json"), request);
    Files.writeString(
        schemas.resolve("StopTransactionResponse.json"),
        "{\"type\":\"object\",\"properties\":{\"idTagInfo\":" + other + "}}");

    Path out = dir.resolve("out");
    OcppCodeGenerator.generateVersion("v16", dir.resolve("schemas"), out);

    Path pkg = out.resolve("org/evdepot/ocpp/v16");
    assertThat(pkg.resolve("IdTagInfo.java")).exists();
    assertThat(pkg.resolve("AuthorizationStatus.java")).exists();
    assertThat(pkg.resolve("StopTransactionIdTagInfo.java")).exists();
    assertThat(pkg.resolve("StopTransactionAuthorizationStatus.java")).exists();
    assertThat(Files.readString(pkg.resolve("StartTransactionResponse.java")))
        .contains("IdTagInfo idTagInfo")
        .startsWith("// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator");
    assertThat(Files.readString(pkg.resolve("V16Actions.java")))
        .contains("AUTHORIZE =")
        .contains("Initiator.CHARGING_STATION");
  }
}
