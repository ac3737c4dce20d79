package org.evdepot.manage;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.evdepot.manage.connect.CoreLink;
import org.evdepot.manage.core.model.RegistrationStatus;
import org.evdepot.manage.core.service.BootRequest;
import org.evdepot.manage.core.service.CorePolicy;
import org.evdepot.manage.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The {@code prod} environment's defaults and the Micronaut-style database settings. */
class ProdEnvironmentIT {

  @Test
  void prodEnvironment_makesUnknownChargersPending() {
    String schema = TestDatabase.freshSchema(ProdEnvironmentIT.class);
    Map<String, Object> props =
        Map.of(
            "evdepot.database.url", TestDatabase.url(),
            "evdepot.database.username", TestDatabase.user(),
            "evdepot.database.schema", schema);
    try (ApplicationContext ctx = ApplicationContext.run(props, "prod")) {
      assertThat(ctx.getBean(CorePolicy.class).getUnknownCharger())
          .isEqualTo(CorePolicy.UnknownCharger.PENDING);
      assertThat(
              ctx.getBean(CoreLink.class)
                  .boot(new BootRequest("PROD-NEW", "2.0.1", "ACME", "DC", null, null, "PowerUp"))
                  .status())
          .isEqualTo(RegistrationStatus.PENDING);
    } finally {
      TestDatabase.dropSchema(schema);
    }
  }

  @Test
  void micronautDatasourceSettings_selectAnExternalDatabase() {
    String schema = TestDatabase.freshSchema(ProdEnvironmentIT.class);
    Map<String, Object> props =
        Map.of(
            "datasources.default.url", TestDatabase.url(),
            "datasources.default.username", TestDatabase.user(),
            "evdepot.database.schema", schema);
    try (ApplicationContext ctx = ApplicationContext.run(props, "test")) {
      ctx.getBean(CoreLink.class)
          .boot(new BootRequest("DS-1", "1.6", "ACME", "DC", null, null, null));
    }
    try (java.sql.Connection c = TestDatabase.connect();
        java.sql.ResultSet rs =
            c.createStatement()
                .executeQuery("select count(*) from " + schema + ".charger where id = 'DS-1'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      TestDatabase.dropSchema(schema);
    }
  }
}
