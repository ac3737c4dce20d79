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

/** The {@code prod} environment's defaults. */
class ProdEnvironmentIT {

  @Test
  void prodEnvironment_makesUnknownChargersPending() {
    Map<String, Object> props =
        Map.of(
            "evdepot.database.url", TestDatabase.url(),
            "evdepot.database.username", TestDatabase.user(),
            "evdepot.database.schema", TestDatabase.freshSchema(ProdEnvironmentIT.class));
    try (ApplicationContext ctx = ApplicationContext.run(props, "prod")) {
      assertThat(ctx.getBean(CorePolicy.class).getUnknownCharger())
          .isEqualTo(CorePolicy.UnknownCharger.PENDING);
      assertThat(
              ctx.getBean(CoreLink.class)
                  .boot(new BootRequest("PROD-NEW", "2.0.1", "ACME", "DC", null, null, "PowerUp"))
                  .status())
          .isEqualTo(RegistrationStatus.PENDING);
    }
  }
}
