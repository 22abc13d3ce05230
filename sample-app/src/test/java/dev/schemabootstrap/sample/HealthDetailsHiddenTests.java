package dev.schemabootstrap.sample;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code schema} health component follows Spring Boot's {@code show-details}: a caller who may not see details
 * (here, an anonymous one with {@code when-authorized}) learns the status and nothing about the schema, over real
 * HTTP. Components are shown, as a load balancer or a readiness probe needs them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoint.health.show-details=when-authorized",
				"management.endpoint.health.show-components=always" })
class HealthDetailsHiddenTests {

	@LocalServerPort
	private int port;

	private ResponseEntity<String> get(String path) {
		return RestClient.create("http://localhost:" + port)
			.get()
			.uri(path)
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	@Test
	void anAnonymousCallerSeesTheStatusOnly() {
		ResponseEntity<String> schema = get("/actuator/health/schema");
		assertThat(schema.getStatusCode().value()).isEqualTo(200);
		assertThat(schema.getBody()).isEqualTo("{\"status\":\"UP\"}");

		ResponseEntity<String> all = get("/actuator/health");
		assertThat(all.getBody()).contains("\"schema\":{\"status\":\"UP\"}")
			.doesNotContain("entities", "tables", "findings", "changesets", "drift");
	}

}
