package dev.schemabootstrap.autoconfigure.endpoint;

import org.springframework.boot.actuate.endpoint.Producible;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * What {@code GET /actuator/schema} answers with, by the request's {@code Accept} header: JSON unless the caller
 * asks for {@code text/html}, as a browser does. When several are acceptable the last one here wins, so a browser's
 * {@code text/html,...,*}{@code /*} gets the page.
 */
public enum SchemaReportFormat implements Producible<SchemaReportFormat> {

	JSON(MimeTypeUtils.APPLICATION_JSON),

	ACTUATOR_V2_JSON(MimeType.valueOf("application/vnd.spring-boot.actuator.v2+json")),

	/** What a caller that accepts anything gets, as from every other endpoint. */
	ACTUATOR_V3_JSON(MimeType.valueOf("application/vnd.spring-boot.actuator.v3+json")) {

		@Override
		public boolean isDefault() {
			return true;
		}

	},

	HTML(MimeType.valueOf("text/html;charset=UTF-8"));

	private final MimeType mimeType;

	SchemaReportFormat(MimeType mimeType) {
		this.mimeType = mimeType;
	}

	@Override
	public MimeType getProducedMimeType() {
		return mimeType;
	}

}
