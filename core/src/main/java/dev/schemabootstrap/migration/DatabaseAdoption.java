package dev.schemabootstrap.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;

/**
 * Adopts a database that Liquibase never ran on but that already has tables (made by {@code ddl-auto}, by a
 * {@code create_all()}-style script or by hand), before Liquibase runs. Without adoption Liquibase would try to
 * create tables that exist and fail half-way. With {@code baseline.mode=if-matching} and a live schema equal to the
 * model, every changeset is recorded as applied ({@code changelogSync}) and startup goes on; otherwise startup stops
 * with {@code unmanaged-database} and every difference. No DDL runs against such a database in either case.
 */
public final class DatabaseAdoption {

	private final LiquibaseTarget target;

	private final StageLog log;

	public DatabaseAdoption(LiquibaseTarget target, StageLog log) {
		this.target = target;
		this.log = log;
	}

	/**
	 * @return the findings about the database: none when Liquibase manages it or it is empty, an INFO when it was
	 * adopted, an ERROR with every difference when it cannot be
	 */
	public Findings adoptIfUnmanaged(Supplier<SchemaAnalysis> analysisSupplier, String changelog, Adoption mode) {
		try (Connection connection = target.dataSource().getConnection()) {
			if (target.hasHistoryTable(connection)) {
				return Findings.NONE;
			}
			// Only a database without Liquibase history needs the model before Liquibase runs.
			SchemaAnalysis analysis = analysisSupplier.get();
			SchemaModel model = analysis.model();
			if (!LiveSchemaReader.canRead(connection)) {
				return withoutCatalogReader(connection, model);
			}
			if (new LiveSchemaReader().read(connection, model).tables().isEmpty()) {
				return Findings.NONE;
			}
			// Tables but no history: maybe an instance started at the same time is creating them right now. Decide
			// under Liquibase's lock, which that instance holds until its history is written.
			Database database = target.open(connection);
			LockService lock = LockServiceFactory.getInstance().getLockService(database);
			lock.waitForLock();
			try {
				return adoptUnderLock(connection, database, analysis, changelog, mode);
			}
			finally {
				lock.releaseLock();
			}
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("Schema Bootstrap could not inspect the database before Liquibase: "
					+ ex.getMessage(), ex);
		}
	}

	private Findings adoptUnderLock(Connection connection, Database database, SchemaAnalysis analysis,
			String changelog, Adoption mode) throws SQLException, LiquibaseException {
		SchemaModel model = analysis.model();
		if (target.hasHistoryTable(connection)) {
			return Findings.NONE;
		}
		SchemaModel live = new LiveSchemaReader().read(connection, model);
		Findings differences = new DriftDetector().detect(model, live, analysis.mapping());
		List<String> tables = live.tables().stream().map(Table::name).map(Object::toString).toList();
		if (mode == Adoption.IF_MATCHING && differences.atLeast(Severity.ERROR).isEmpty()) {
			target.liquibase(changelog, database).changeLogSync(target.contexts(), target.labels());
			log.info("Schema Bootstrap adopted an existing database: its " + tables.size()
					+ " tables match the model, so every changeset of " + changelog + " is recorded as applied");
			return Findings.of(new Finding(FindingId.UNMANAGED_DATABASE, Severity.INFO, "datasource",
					"The database had " + tables.size() + " tables and no Liquibase history; they match the model,"
							+ " so the changelog was recorded as applied without running it",
					"Nothing to do; from now on Liquibase manages this database"))
				.and(differences);
		}
		return Findings.of(new Finding(FindingId.UNMANAGED_DATABASE, Severity.ERROR, "datasource",
				"The database has " + tables.size() + " tables but Liquibase never ran on it"
						+ (mode == Adoption.NEVER ? " (schema-bootstrap.baseline.mode=never)"
								: ", and they differ from the model (see the schema-drift findings)")
						+ "; nothing was run against it",
				"Make the tables match the model (each schema-drift finding says how) so that"
						+ " schema-bootstrap.baseline.mode=if-matching adopts the database, or point the"
						+ " application at an empty database"))
			.and(differences);
	}

	/**
	 * A database whose catalog is not read (HSQLDB, Derby, ...): an empty one is Liquibase's to build; one with
	 * tables cannot be compared with the model, so it is not adopted and nothing runs against it.
	 */
	private Findings withoutCatalogReader(Connection connection, SchemaModel model) throws SQLException {
		// As for Liquibase's history table: the current schema, or where the driver has none, the current catalog.
		String schema = connection.getSchema();
		String catalog = schema == null ? connection.getCatalog() : null;
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = connection.getMetaData().getTables(catalog, schema, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				String table = rows.getString("TABLE_NAME");
				if (!LiveSchemaReader.isIgnoredTable(table, model)) {
					tables.add(table);
				}
			}
		}
		if (tables.isEmpty()) {
			return Findings.NONE;
		}
		String product = connection.getMetaData().getDatabaseProductName();
		return Findings.of(new Finding(FindingId.UNMANAGED_DATABASE, Severity.ERROR, "datasource",
				"The database has " + tables.size() + " tables but Liquibase never ran on it, and Schema Bootstrap"
						+ " cannot read the catalog of " + product + " to compare them with the model; nothing was"
						+ " run against it",
				"Point the application at an empty database, or record the changelog as applied yourself"
						+ " (liquibase changelog-sync) once you have checked that the tables match the entities"));
	}

	/** Whether a database with tables but no Liquibase history is adopted. */
	public enum Adoption {

		/** Adopted when its tables match the model. */
		IF_MATCHING,

		/** Never adopted: startup stops with {@code unmanaged-database}. */
		NEVER

	}

}
