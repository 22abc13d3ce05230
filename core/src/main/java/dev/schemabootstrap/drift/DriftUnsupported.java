package dev.schemabootstrap.drift;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;

/**
 * The {@code drift-unsupported-database} finding: the database is one whose catalog Schema Bootstrap does not read
 * (HSQLDB, Derby, Oracle, ...). The changelog is Liquibase's and works there; only the drift check is off. One INFO
 * finding says so, instead of a failed startup or a silent gap.
 */
public final class DriftUnsupported {

	private DriftUnsupported() {
	}

	/** @param productName the database's product name, as its JDBC driver reports it */
	public static Finding finding(String productName) {
		return new Finding(FindingId.DRIFT_UNSUPPORTED_DATABASE, Severity.INFO, "datasource",
				"Schema Bootstrap cannot read the catalog of " + productName + ", so drift is off: Liquibase applies"
						+ " the changelog (generated or the application's own) as on any database, but the live schema"
						+ " is not compared with the model",
				"Nothing to do; to check drift, run the same entities against H2, PostgreSQL, MariaDB, MySQL or SQLite"
						+ " in a test, or set schema-bootstrap.drift.enabled=false to silence this");
	}

}
