package dev.schemabootstrap.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * Links to the published documentation, under {@code schema-bootstrap.docs-url}. Failure analyzers read it from the
 * environment: they run after a failed startup, when no bean may exist.
 */
public final class DocsLinks {

	public static final String DEFAULT_BASE = SchemaBootstrapProperties.DEFAULT_DOCS_URL;

	public static final String PROPERTY = "schema-bootstrap.docs-url";

	private final String base;

	private DocsLinks(String base) {
		this.base = base.endsWith("/") ? base : base + "/";
	}

	public static DocsLinks of(@Nullable Environment environment) {
		String base = environment != null ? environment.getProperty(PROPERTY) : null;
		return new DocsLinks(base == null || base.isBlank() ? DEFAULT_BASE : base.trim());
	}

	public static DocsLinks of(String base) {
		return new DocsLinks(base);
	}

	/** The page that explains a finding id. */
	public String finding(String id) {
		return base + "findings/" + id + ".md";
	}

	/** A page of the documentation, such as {@code operations.md}. */
	public String page(String page) {
		return base + page;
	}

}
