package org.evdepot.ocpi.examples;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.evdepot.ocpi.v211.Cdr211;
import org.evdepot.ocpi.v211.Connector211;
import org.evdepot.ocpi.v211.Evse211;
import org.evdepot.ocpi.v211.Location211;
import org.evdepot.ocpi.v211.LocationType211;
import org.evdepot.ocpi.v211.Session211;
import org.evdepot.ocpi.v211.Tariff211;
import org.evdepot.ocpi.v211.Token211;
import org.evdepot.ocpi.v211.TokenType211;
import org.evdepot.ocpi.v221.AuthMethod;
import org.evdepot.ocpi.v221.BusinessDetails;
import org.evdepot.ocpi.v221.Cdr;
import org.evdepot.ocpi.v221.CdrDimension;
import org.evdepot.ocpi.v221.CdrDimensionType;
import org.evdepot.ocpi.v221.CdrLocation;
import org.evdepot.ocpi.v221.CdrToken;
import org.evdepot.ocpi.v221.ChargingPeriod;
import org.evdepot.ocpi.v221.Connector;
import org.evdepot.ocpi.v221.ConnectorFormat;
import org.evdepot.ocpi.v221.ConnectorType;
import org.evdepot.ocpi.v221.Evse;
import org.evdepot.ocpi.v221.GeoLocation;
import org.evdepot.ocpi.v221.Location;
import org.evdepot.ocpi.v221.PowerType;
import org.evdepot.ocpi.v221.Price;
import org.evdepot.ocpi.v221.PriceComponent;
import org.evdepot.ocpi.v221.Session;
import org.evdepot.ocpi.v221.SessionStatus;
import org.evdepot.ocpi.v221.Status;
import org.evdepot.ocpi.v221.Tariff;
import org.evdepot.ocpi.v221.TariffDimensionType;
import org.evdepot.ocpi.v221.TariffElement;
import org.evdepot.ocpi.v221.Token;
import org.evdepot.ocpi.v221.TokenType;
import org.evdepot.ocpi.v221.WhitelistType;

/** Small, valid OCPI objects for tests and the example. */
public final class Fixtures {
  /** A fixed instant all fixtures are based on. */
  public static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

  private Fixtures() {}

  /**
   * Business details.
   *
   * @param name the name
   * @return details
   */
  public static BusinessDetails business(String name) {
    return new BusinessDetails(name, null, null);
  }

  /**
   * A 2.2.1 location with one DC EVSE.
   *
   * @param cc owner country code
   * @param pid owner party ID
   * @param id location ID
   * @param updated last_updated
   * @return the location
   */
  public static Location location(String cc, String pid, String id, Instant updated) {
    Connector c =
        new Connector(
            "1",
            ConnectorType.IEC_62196_T2_COMBO,
            ConnectorFormat.CABLE,
            PowerType.DC,
            800,
            400,
            300000,
            List.of("TARIFF1"),
            null,
            updated);
    Evse e =
        new Evse(
            id + "-E1",
            "NL*CPO*E" + id,
            Status.AVAILABLE,
            null,
            null,
            List.of(c),
            null,
            null,
            null,
            null,
            null,
            null,
            updated);
    return new Location(
        cc,
        pid,
        id,
        true,
        null,
        "Depot " + id,
        "Busweg 1",
        "Utrecht",
        "3511AA",
        null,
        "NLD",
        new GeoLocation("52.090737", "5.121420"),
        null,
        null,
        List.of(e),
        null,
        null,
        null,
        null,
        null,
        "Europe/Amsterdam",
        null,
        null,
        null,
        null,
        updated);
  }

  /**
   * A 2.1.1 location with one DC EVSE.
   *
   * @param id location ID
   * @param updated last_updated
   * @return the location
   */
  public static Location211 location211(String id, Instant updated) {
    Connector211 c =
        new Connector211(
            "1",
            ConnectorType.IEC_62196_T2_COMBO,
            ConnectorFormat.CABLE,
            PowerType.DC,
            800,
            400,
            "TARIFF1",
            null,
            updated);
    Evse211 e =
        new Evse211(
            id + "-E1",
            "NL*CPO*E" + id,
            Status.AVAILABLE,
            null,
            null,
            List.of(c),
            null,
            null,
            null,
            null,
            null,
            null,
            updated);
    return new Location211(
        id,
        LocationType211.PARKING_LOT,
        "Depot " + id,
        "Busweg 1",
        "Utrecht",
        "3511AA",
        "NLD",
        new GeoLocation("52.090737", "5.121420"),
        null,
        List.of(e),
        null,
        null,
        null,
        null,
        null,
        "Europe/Amsterdam",
        null,
        null,
        null,
        null,
        updated);
  }

  /**
   * A 2.2.1 energy tariff of 0.25/kWh.
   *
   * @param cc owner country code
   * @param pid owner party ID
   * @param id tariff ID
   * @return the tariff
   */
  public static Tariff tariff(String cc, String pid, String id) {
    return new Tariff(
        cc,
        pid,
        id,
        "EUR",
        null,
        null,
        null,
        null,
        null,
        List.of(
            new TariffElement(
                List.of(
                    new PriceComponent(
                        TariffDimensionType.ENERGY,
                        new BigDecimal("0.25"),
                        new BigDecimal("10"),
                        1)),
                null)),
        null,
        null,
        null,
        T0);
  }

  /**
   * A 2.1.1 energy tariff of 0.25/kWh.
   *
   * @param id tariff ID
   * @return the tariff
   */
  public static Tariff211 tariff211(String id) {
    return new Tariff211(
        id,
        "EUR",
        null,
        null,
        List.of(
            new TariffElement(
                List.of(
                    new PriceComponent(
                        TariffDimensionType.ENERGY, new BigDecimal("0.25"), null, 1)),
                null)),
        null,
        T0);
  }

  /**
   * A 2.2.1 RFID token.
   *
   * @param cc eMSP country code
   * @param pid eMSP party ID
   * @param uid token UID
   * @return the token
   */
  public static Token token(String cc, String pid, String uid) {
    return new Token(
        cc,
        pid,
        uid,
        TokenType.RFID,
        "NL-EMS-C" + uid,
        null,
        "Fleet eMSP",
        null,
        true,
        WhitelistType.ALLOWED,
        "nl",
        null,
        null,
        T0);
  }

  /**
   * A 2.1.1 RFID token.
   *
   * @param uid token UID
   * @return the token
   */
  public static Token211 token211(String uid) {
    return new Token211(
        uid,
        TokenType211.RFID,
        "NL-EMS-C" + uid,
        null,
        "Fleet eMSP",
        true,
        WhitelistType.ALLOWED,
        "nl",
        T0);
  }

  /**
   * A 2.2.1 active session.
   *
   * @param cc CPO country code
   * @param pid CPO party ID
   * @param id session ID
   * @param token token used
   * @param locationId location
   * @return the session
   */
  public static Session session(String cc, String pid, String id, Token token, String locationId) {
    return new Session(
        cc,
        pid,
        id,
        T0,
        null,
        BigDecimal.ZERO,
        new CdrToken(
            token.countryCode(), token.partyId(), token.uid(), token.type(), token.contractId()),
        AuthMethod.COMMAND,
        null,
        locationId,
        locationId + "-E1",
        "1",
        null,
        "EUR",
        null,
        null,
        SessionStatus.ACTIVE,
        T0);
  }

  /**
   * A 2.1.1 active session.
   *
   * @param id session ID
   * @param token token used
   * @param location location
   * @return the session
   */
  public static Session211 session211(String id, Token211 token, Location211 location) {
    return new Session211(
        id,
        T0,
        null,
        BigDecimal.ZERO,
        token.authId(),
        AuthMethod.WHITELIST,
        location,
        null,
        "EUR",
        null,
        null,
        SessionStatus.ACTIVE,
        T0);
  }

  /**
   * A 2.2.1 CDR of 20 kWh in one hour.
   *
   * @param cc CPO country code
   * @param pid CPO party ID
   * @param id CDR ID
   * @param token token used
   * @return the CDR
   */
  public static Cdr cdr(String cc, String pid, String id, Token token) {
    CdrLocation loc =
        new CdrLocation(
            "LOC1",
            null,
            "Busweg 1",
            "Utrecht",
            null,
            null,
            "NLD",
            new GeoLocation("52.090737", "5.121420"),
            "LOC1-E1",
            "NL*CPO*ELOC1",
            "1",
            ConnectorType.IEC_62196_T2_COMBO,
            ConnectorFormat.CABLE,
            PowerType.DC);
    return new Cdr(
        cc,
        pid,
        id,
        T0,
        T0.plusSeconds(3600),
        "S1",
        new CdrToken(
            token.countryCode(), token.partyId(), token.uid(), token.type(), token.contractId()),
        AuthMethod.COMMAND,
        null,
        loc,
        null,
        "EUR",
        null,
        List.of(
            new ChargingPeriod(
                T0,
                List.of(new CdrDimension(CdrDimensionType.ENERGY, new BigDecimal("20"))),
                null)),
        null,
        new Price(new BigDecimal("5.00"), new BigDecimal("5.50")),
        null,
        new BigDecimal("20"),
        null,
        BigDecimal.ONE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        T0.plusSeconds(3600));
  }

  /**
   * A 2.1.1 CDR of 20 kWh in one hour.
   *
   * @param id CDR ID
   * @param token token used
   * @param location location
   * @return the CDR
   */
  public static Cdr211 cdr211(String id, Token211 token, Location211 location) {
    return new Cdr211(
        id,
        T0,
        T0.plusSeconds(3600),
        token.authId(),
        AuthMethod.WHITELIST,
        location,
        null,
        "EUR",
        null,
        List.of(
            new ChargingPeriod(
                T0,
                List.of(new CdrDimension(CdrDimensionType.ENERGY, new BigDecimal("20"))),
                null)),
        new BigDecimal("5.00"),
        new BigDecimal("20"),
        BigDecimal.ONE,
        null,
        null,
        T0.plusSeconds(3600));
  }
}
