package dev.schemabootstrap.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.check.database.DatabaseCheck;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.SchemaModel;

/**
 * What startup reads of the application's database: its live schema, for the drift check, and the findings of the
 * checks that need a connection ({@link DatabaseCheck}).
 */
public final class LiveDatabase {

	private final @Nullable DataSource dataSource;

	private final List<DatabaseCheck> checks;

	/** The product name of a database whose catalog is not read, once a read found it so. */
	private volatile @Nullable String unreadable;

	public LiveDatabase(@Nullable DataSource dataSource, List<DatabaseCheck> checks) {
		this.dataSource = dataSource;
		this.checks = List.copyOf(checks);
	}

	/** The live schema, or {@code null} on a database whose catalog is not read (then drift is off). */
	public @Nullable SchemaModel readSchema(SchemaModel model) {
		try (Connection connection = dataSource.getConnection()) {
			if (!LiveSchemaReader.canRead(connection)) {
				unreadable = connection.getMetaData().getDatabaseProductName();
				return null;
			}
			return new LiveSchemaReader().read(connection, model);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Schema Bootstrap could not read the live schema: " + ex.getMessage(), ex);
		}
	}

	/** The product name of the database whose catalog a read found it cannot read. */
	public String unreadableProduct() {
		return String.valueOf(unreadable);
	}

	/** The findings of the database checks, none without a data source. */
	public Findings check(SchemaModel model) {
		if (dataSource == null || checks.isEmpty()) {
			return Findings.NONE;
		}
		List<Finding> findings = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			for (DatabaseCheck check : checks) {
				findings.addAll(check.check(connection, model));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Schema Bootstrap could not check the database: " + ex.getMessage(), ex);
		}
		return Findings.of(findings);
	}

}
