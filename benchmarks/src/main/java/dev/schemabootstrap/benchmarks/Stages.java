package dev.schemabootstrap.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.benchmarks.model.GeneratedModel;
import dev.schemabootstrap.changelog.ChangeSetGrouping;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.check.UnitEnvironment;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.CreationPlanner;

/**
 * The stages the benchmarks measure, each called exactly as the starter calls it, with the Hibernate settings a
 * Spring Boot application on H2 runs with.
 */
public final class Stages {

	/** The changelog's logical path, as the starter writes it. */
	public static final String CHANGELOG = "db/changelog/schema-bootstrap.yaml";

	/** Hibernate settings of a Spring Boot application on H2. */
	public static final Map<String, String> HIBERNATE_SETTINGS = Map.of("hibernate.dialect",
			"org.hibernate.dialect.H2Dialect", "hibernate.physical_naming_strategy",
			"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

	private static final SchemaAnalyzer ANALYZER = SchemaAnalyzer.standard();

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private Stages() {
	}

	/** (a) Hibernate's boot metadata for the model, read into the schema and mapping models. */
	public static UnitModel model(GeneratedModel model, ClassLoader classLoader) {
		return SchemaAnalyzer.model(model.persistenceUnit(), HIBERNATE_SETTINGS, classLoader);
	}

	/**
	 * (a0) Hibernate's own part of (a): {@code MetadataSources.buildMetadata()} with the settings
	 * {@code HibernateModelFactory} boots with (offline: no JDBC metadata access, no DDL), and nothing read from it.
	 */
	public static Metadata hibernateMetadata(GeneratedModel model, ClassLoader classLoader) {
		Map<String, Object> settings = new HashMap<>(HIBERNATE_SETTINGS);
		settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
		settings.put("hibernate.hbm2ddl.auto", "none");
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
				new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader).build())
			.applySettings(settings)
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			model.persistenceUnit().managedClassNames().forEach(sources::addAnnotatedClassName);
			return sources.buildMetadata();
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	/** (b) Planning and every model check on a model already built. */
	public static SchemaAnalysis analyze(GeneratedModel model, UnitModel unitModel) {
		return ANALYZER.analyze(model.persistenceUnit(), unitModel, Map.of(), UnitEnvironment.NONE);
	}

	/**
	 * (c) The ordered changelog: plan, then the YAML text, as the starter writes it for an in-memory H2 database
	 * (one changeset per stage).
	 */
	public static String changelog(UnitModel unitModel) {
		return changelog(unitModel, ChangeSetGrouping.PER_STAGE);
	}

	/** The ordered changelog cut into changesets as the grouping says. */
	public static String changelog(UnitModel unitModel, ChangeSetGrouping grouping) {
		CreationPlan plan = new CreationPlanner().plan(unitModel.schema());
		return new ChangelogWriter(CHANGELOG, DatabaseKind.H2).grouped(grouping).write(plan, ChangelogFormat.YAML);
	}

	/** The number of changesets of the model's changelog cut as the grouping says. */
	public static int changeSetCount(UnitModel unitModel, ChangeSetGrouping grouping) {
		CreationPlan plan = new CreationPlanner().plan(unitModel.schema());
		return new ChangelogWriter(CHANGELOG, DatabaseKind.H2).grouped(grouping).changeSets(plan).size();
	}

	/** Writes the changelog where {@link #apply} finds it. */
	public static Path writeChangelog(String changelog) {
		try {
			return writeChangelog(Files.createTempDirectory("schema-bootstrap-benchmark-changelog"), CHANGELOG,
					changelog);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a changelog to its path below the directory. */
	public static Path writeChangelog(Path directory, String path, String changelog) {
		try {
			Path file = directory.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, changelog);
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A new, empty in-memory H2 database; closing the connection drops it. */
	public static Connection emptyDatabase() throws SQLException {
		return DriverManager.getConnection("jdbc:h2:mem:benchmark" + DATABASES.incrementAndGet(), "sa", "");
	}

	/**
	 * (d) Liquibase's first update with the changelog in the directory, parsing included.
	 * @return the number of changesets Liquibase recorded as applied
	 */
	public static int apply(Path changelogDirectory, Connection connection) throws LiquibaseException, SQLException {
		return apply(changelogDirectory, CHANGELOG, connection);
	}

	/**
	 * Liquibase's update with a changelog below the directory, parsing included.
	 * @return the number of changesets recorded as applied in the database, by this and earlier updates
	 */
	public static int apply(Path changelogDirectory, String changelog, Connection connection)
			throws LiquibaseException, SQLException {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		try (Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(changelogDirectory),
				database)) {
			// Spring Boot runs Liquibase with the logger UI service (spring.liquibase.ui-service=logger).
			Scope.child(Scope.Attr.ui, new LoggerUIService(), () -> liquibase.update());
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
				rows.next();
				return rows.getInt(1);
			}
		}
		catch (LiquibaseException | SQLException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
