package dev.schemabootstrap.autoconfigure.endpoint;

import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/**
 * The {@code schema} endpoint over HTTP: {@code GET /actuator/schema} answers JSON, or the HTML page when the caller
 * accepts {@code text/html} (a browser), and {@code GET /actuator/schema/html} always answers the page, for links
 * and for {@code curl -o schema.html}.
 */
@EndpointWebExtension(endpoint = SchemaEndpoint.class)
public class SchemaEndpointWebExtension {

	/** The selector of the page: {@code /actuator/schema/html}. */
	static final String HTML = "html";

	private final SchemaEndpoint endpoint;

	public SchemaEndpointWebExtension(SchemaEndpoint endpoint) {
		this.endpoint = endpoint;
	}

	@ReadOperation(producesFrom = SchemaReportFormat.class)
	public WebEndpointResponse<Object> report(SchemaReportFormat format) {
		Object body = format == SchemaReportFormat.HTML ? endpoint.html() : endpoint.report();
		return new WebEndpointResponse<>(body, format);
	}

	@ReadOperation(produces = "text/html;charset=UTF-8")
	public WebEndpointResponse<String> page(@Selector String page) {
		if (!HTML.equals(page)) {
			return new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND);
		}
		return new WebEndpointResponse<>(endpoint.html(), SchemaReportFormat.HTML);
	}

}
