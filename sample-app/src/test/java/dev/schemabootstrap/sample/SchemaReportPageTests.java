package dev.schemabootstrap.sample;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.testing.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/schema} over real HTTP: JSON by default, the HTML page for a browser and at
 * {@code /actuator/schema/html}, and that page in a real headless Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SchemaReportPageTests {

	/** What Chromium sends for a page it navigates to. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
			+ "image/avif,image/webp,image/apng,*/*;q=0.8";

	@LocalServerPort
	private int port;

	@Autowired
	private SchemaBootstrapper bootstrapper;

	private RestClient rest;

	@BeforeEach
	void useTheRandomPort() {
		rest = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	@Test
	void jsonStaysTheDefaultWithTheSameFields() {
		ResponseEntity<Map<String, Object>> anything = rest.get()
			.uri("/actuator/schema")
			.header(HttpHeaders.ACCEPT, "*/*")
			.retrieve()
			.toEntity(new ParameterizedTypeReference<>() {
			});
		ResponseEntity<String> json = get("/actuator/schema", "application/json");

		assertThat(anything.getStatusCode().value()).isEqualTo(200);
		assertThat(anything.getHeaders().getContentType()).hasToString("application/vnd.spring-boot.actuator.v3+json");
		assertThat(anything.getBody()).containsOnlyKeys("persistenceUnit", "creationOrder", "cycles", "findings",
				"changelog", "mermaid");
		assertThat(json.getHeaders().getContentType()).hasToString("application/json");
		assertThat(json.getBody()).startsWith("{\"persistenceUnit\":{\"dialect\":");
	}

	@Test
	void aBrowserGetsThePageWithABoxPerTableAndNoSecrets() {
		ResponseEntity<String> page = get("/actuator/schema", BROWSER_ACCEPT);

		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
		assertThat(page.getBody()).startsWith("<!DOCTYPE html>");
		for (String table : modelTables()) {
			assertThat(page.getBody()).contains("<g class=\"table\" data-table=\"" + table + "\"");
		}
		assertThat(page.getBody()).doesNotContain("jdbc:", "password", "<script");
	}

	@Test
	void thePageHasAPathOfItsOwn() {
		ResponseEntity<String> page = get("/actuator/schema/html", "*/*");
		ResponseEntity<String> other = get("/actuator/schema/pdf", "*/*");

		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
		assertThat(page.getBody()).isEqualTo(get("/actuator/schema", BROWSER_ACCEPT).getBody());
		assertThat(other.getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void theServedPageRendersEveryTableInHeadlessChromiumWithoutConsoleErrors() throws Exception {
		try (HeadlessChromium browser = HeadlessChromium.start()) {
			for (String path : List.of("/actuator/schema", "/actuator/schema/html")) {
				browser.open("http://localhost:" + port + path);

				assertThat(browser.consoleErrors()).as(path).isEmpty();
				assertThat(browser.texts("svg.diagram g.table > text")).as(path)
					.containsExactlyInAnyOrderElementsOf(modelTables());
				assertThat(browser.texts("a[href$='circular-dependency.md']")).as(path)
					.containsExactly("circular-dependency");
			}
			browser.screenshot(Path.of("target", "browser", "sample-schema-page.png"));
		}
	}

	/** The model's tables as the diagram labels them. */
	private List<String> modelTables() {
		return bootstrapper.getAnalysis().model().tables().stream().map((table) -> table.name().toString()).toList();
	}

	private ResponseEntity<String> get(String path, String accept) {
		return rest.get().uri(path).header(HttpHeaders.ACCEPT, accept).retrieve().toEntity(String.class);
	}

}
