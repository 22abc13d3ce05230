package dev.schemabootstrap.sample;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report, as JSON and as a page, over real HTTP, never shows how to reach the database: not the JDBC URL, not
 * the user, not the password.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:secret-store-7f3a;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=store_admin_7f3a", "spring.datasource.password=Pa55-w0rd-7f3a" })
class SchemaReportSecretsTests {

	@LocalServerPort
	private int port;

	private ResponseEntity<String> get(String path, String accept) {
		return RestClient.create("http://localhost:" + port)
			.get()
			.uri(path)
			.header("Accept", accept)
			.retrieve()
			.toEntity(String.class);
	}

	@Test
	void theReportHoldsNoUrlUserOrPassword() {
		for (ResponseEntity<String> report : List.of(get("/actuator/schema", "application/json"),
				get("/actuator/schema", "text/html"))) {
			assertThat(report.getStatusCode().value()).isEqualTo(200);
			assertThat(report.getBody()).contains("sale_items")
				.doesNotContain("jdbc:", "secret-store-7f3a", "store_admin_7f3a", "Pa55-w0rd-7f3a");
		}
		ResponseEntity<String> health = get("/actuator/health/schema", "application/json");
		assertThat(health.getBody()).contains("\"entities\":10")
			.doesNotContain("jdbc:", "secret-store-7f3a", "store_admin_7f3a", "Pa55-w0rd-7f3a");
	}

}
