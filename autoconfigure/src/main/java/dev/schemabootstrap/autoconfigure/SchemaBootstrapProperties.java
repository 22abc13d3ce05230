package dev.schemabootstrap.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.finding.FailOn;

/**
 * Configuration properties for Schema Bootstrap.
 */
@ConfigurationProperties(prefix = "schema-bootstrap", ignoreUnknownFields = false)
public class SchemaBootstrapProperties {

	/** The project's documentation, as published with its sources. */
	static final String DEFAULT_DOCS_URL = "https://github.com/schema-bootstrap/schema-bootstrap/blob/main/docs/";

	/** A package name such as {@code com.example.store}: Java identifiers separated by dots. */
	private static final Pattern JAVA_PACKAGE = Pattern.compile(
			"\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

	/**
	 * Whether Schema Bootstrap manages the schema: scans the entities, validates the mapping and hands all DDL to
	 * Liquibase.
	 */
	private boolean enabled = true;

	/**
	 * Packages to scan for @Entity classes, in addition to the application's auto-configuration packages and any
	 * @EntityScan packages. All of them form one persistence unit.
	 */
	private List<String> packages = new ArrayList<>();

	/**
	 * Base URL of the published documentation, ending in '/': messages link each finding to
	 * '<docs-url>findings/<id>.md'.
	 */
	private String docsUrl = DEFAULT_DOCS_URL;

	private final Validation validation = new Validation();

	private final Changelog changelog = new Changelog();

	private final Baseline baseline = new Baseline();

	private final Drift drift = new Drift();

	private final Lock lock = new Lock();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getPackages() {
		return this.packages;
	}

	public void setPackages(List<String> packages) {
		for (String name : packages) {
			if (!JAVA_PACKAGE.matcher(name).matches()) {
				throw new IllegalArgumentException("'" + name + "' is not a Java package name");
			}
		}
		this.packages = packages;
	}

	public String getDocsUrl() {
		return this.docsUrl;
	}

	public void setDocsUrl(String docsUrl) {
		this.docsUrl = docsUrl;
	}

	public Validation getValidation() {
		return this.validation;
	}

	public Changelog getChangelog() {
		return this.changelog;
	}

	public Baseline getBaseline() {
		return this.baseline;
	}

	public Drift getDrift() {
		return this.drift;
	}

	public Lock getLock() {
		return this.lock;
	}

	public static class Validation {

		/**
		 * Lowest severity of finding that stops startup.
		 */
		private FailOn failOn = FailOn.ERROR;

		/**
		 * Findings to silence, each a finding id or 'finding-id:subject-glob'.
		 */
		private List<String> suppress = new ArrayList<>();

		public FailOn getFailOn() {
			return this.failOn;
		}

		public void setFailOn(FailOn failOn) {
			this.failOn = failOn;
		}

		public List<String> getSuppress() {
			return this.suppress;
		}

		public void setSuppress(List<String> suppress) {
			this.suppress = suppress;
		}

	}

	public static class Changelog {

		/**
		 * What to do with the changelog. Defaults to 'generate' when the application has no changelog of its own
		 * (spring.liquibase.change-log does not exist), else 'verify'.
		 */
		private @Nullable ChangelogMode mode;

		/**
		 * Directory the generated changelog is written to, for review.
		 */
		private String outputDir = "target/schema-bootstrap";

		/**
		 * File format of generated changelogs.
		 */
		private ChangelogFormat format = ChangelogFormat.YAML;

		/**
		 * Whether the changesets written for what the application's changelog lacks may drop tables or columns
		 * generated from entities that are gone, or narrow types. When false, each such change is a
		 * changelog-behind-model finding that shows the changeset to add by hand.
		 */
		private boolean allowDestructive = false;

		public @Nullable ChangelogMode getMode() {
			return this.mode;
		}

		public void setMode(@Nullable ChangelogMode mode) {
			this.mode = mode;
		}

		public String getOutputDir() {
			return this.outputDir;
		}

		public void setOutputDir(String outputDir) {
			if (Files.isRegularFile(Path.of(outputDir))) {
				throw new IllegalArgumentException("'" + outputDir + "' is a file, not a directory");
			}
			this.outputDir = outputDir;
		}

		public ChangelogFormat getFormat() {
			return this.format;
		}

		public void setFormat(ChangelogFormat format) {
			this.format = format;
		}

		public boolean isAllowDestructive() {
			return this.allowDestructive;
		}

		public void setAllowDestructive(boolean allowDestructive) {
			this.allowDestructive = allowDestructive;
		}

	}

	public static class Baseline {

		/**
		 * How a database with tables but no Liquibase history is adopted.
		 */
		private BaselineMode mode = BaselineMode.IF_MATCHING;

		public BaselineMode getMode() {
			return this.mode;
		}

		public void setMode(BaselineMode mode) {
			this.mode = mode;
		}

	}

	public static class Drift {

		/**
		 * Whether the live schema is compared with the model after Liquibase has run.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	public static class Lock {

		/**
		 * How long the Liquibase lock may be held before it is reported as stale.
		 */
		private Duration staleAfter = Duration.ofMinutes(10);

		/**
		 * Whether a stale Liquibase lock is released at startup.
		 */
		private boolean releaseStale = false;

		public Duration getStaleAfter() {
			return this.staleAfter;
		}

		public void setStaleAfter(Duration staleAfter) {
			if (staleAfter.isNegative() || staleAfter.isZero()) {
				throw new IllegalArgumentException("the duration must be positive");
			}
			this.staleAfter = staleAfter;
		}

		public boolean isReleaseStale() {
			return this.releaseStale;
		}

		public void setReleaseStale(boolean releaseStale) {
			this.releaseStale = releaseStale;
		}

	}

	/** What Schema Bootstrap does with the changelog at startup. */
	public enum ChangelogMode {

		/** Generate the changelog from the model and let Liquibase apply it. */
		GENERATE,
		/** Apply the application's own changelog and check it against the model. */
		VERIFY,
		/** Leave the changelog alone. */
		OFF

	}

	/** How a database that Liquibase never ran on is adopted. */
	public enum BaselineMode {

		/** Record the changelog as applied when the live schema equals the model. */
		IF_MATCHING,
		/** Never adopt; report the database as unmanaged. */
		NEVER

	}

}
