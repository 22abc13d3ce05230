package dev.schemabootstrap.sample;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.health.SchemaHealthIndicator;
import dev.schemabootstrap.sample.inventory.BatchView;
import dev.schemabootstrap.sample.inventory.NewBatch;
import dev.schemabootstrap.sample.inventory.NewPurchaseOrder;
import dev.schemabootstrap.sample.inventory.PurchaseOrderView;
import dev.schemabootstrap.sample.inventory.Purchasing;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The sample on its {@code postgres} and {@code mariadb} profiles, each against a fresh database on a real server
 * (see {@link TestDatabase}): the schema is created, the health is UP, rows go in across the cycle, a broken
 * reference is refused, and a second start applies nothing.
 */
abstract class ServerProfileScenario {

	abstract String profile();

	abstract TestDatabase database();

	@Test
	void runsTheProfileTwiceOnAFreshDatabase() {
		runTwice(profile(), database().url());
	}

	private static void runTwice(String profile, String url) {
		try (ConfigurableApplicationContext context = start(profile, url)) {
			assertHealthy(context);
			Purchasing purchasing = context.getBean(Purchasing.class);
			PurchaseOrderView order = purchasing.order(new NewPurchaseOrder("Acme Beans"));
			BatchView batch = purchasing.receive(order.id(), new NewBatch("LOT-1", 12)).orElseThrow();
			assertThat(purchasing.find(order.id()).orElseThrow().currentBatch().id()).isEqualTo(batch.id());
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThatException()
				.isThrownBy(() -> jdbc.update("update " + table(profile, "purchase_orders")
						+ " set current_batch_id = 99999"));
		}
		try (ConfigurableApplicationContext context = start(profile, url)) {
			Health health = assertHealthy(context);
			assertThat(health.getDetails().get("changesets")).isEqualTo(Map.of("applied", 19 + schemas(profile) + checks(profile),
					"pending", 0));
		}
	}

	/** PostgreSQL has no enum type: the sale's channel gets a check, in a changeset of its own. */
	private static int checks(String profile) {
		return profile.equals("postgres") ? 1 : 0;
	}

	private static int schemas(String profile) {
		return profile.equals("postgres") ? 1 : 0;
	}

	private static String table(String profile, String name) {
		return profile.equals("postgres") ? "inventory." + name : name;
	}

	private static Health assertHealthy(ConfigurableApplicationContext context) {
		Health health = context.getBean(SchemaHealthIndicator.class).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		return health;
	}

	private static ConfigurableApplicationContext start(String profile, String url) {
		return new SpringApplication(SampleApplication.class).run("--spring.profiles.active=" + profile,
				"--server.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=", "--spring.datasource.password=",
				"--schema-bootstrap.changelog.output-dir=target/schema-bootstrap-" + profile);
	}

}
