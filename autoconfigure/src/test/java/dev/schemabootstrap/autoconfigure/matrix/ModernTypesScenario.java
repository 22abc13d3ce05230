package dev.schemabootstrap.autoconfigure.matrix;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Path;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.support.TransactionTemplate;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.autoconfigure.fixtures.types.modern.arrays.ModernArrays;
import dev.schemabootstrap.autoconfigure.fixtures.types.modern.common.ModernTypes;
import dev.schemabootstrap.autoconfigure.fixtures.types.modern.sqlarrays.ModernSqlArrays;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mappings of a modern Hibernate 7 application ({@link ModernTypes}, {@link ModernArrays}, and where the
 * database has them, {@link ModernSqlArrays} and the database's own) on a fresh database: the application starts
 * (Schema Bootstrap writes the changelog, Liquibase applies it, drift finds nothing), a row of each entity goes in
 * through JPA and comes back equal, soft delete hides a row it keeps, and the application starts again on the same
 * database, with no {@code schema-drift} finding and no finding of severity WARNING or ERROR either time.
 */
abstract class ModernTypesScenario {

	@TempDir
	Path outputDir;

	/** A fresh database of its own. */
	abstract TestDatabase database();

	/** The configuration that lists the entities this database maps. */
	abstract Class<?> model();

	/** Whether the model holds {@link ModernSqlArrays}. */
	boolean sqlArrays() {
		return true;
	}

	String url(TestDatabase database) {
		return database.url();
	}

	List<String> properties() {
		return List.of();
	}

	/** Round trips of this database's own entities, after the common ones. */
	void ownWorkload(EntityManager entityManager, TransactionTemplate transactions) {
	}

	@Test
	void modernMappingsStartWithoutDriftRoundTripAndRestartWithoutDrift() {
		start(true);
		start(false);
	}

	private void start(boolean first) {
		List<String> properties = new ArrayList<>(List.of("schema-bootstrap.validation.fail-on=never"));
		properties.addAll(properties());
		MatrixApplications.runner(url(database()), outputDir, model(), properties)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
				assertThat(bootstrapper.isDriftChecked()).isTrue();
				Findings findings = bootstrapper.getFindings();
				String start = first ? "first start" : "second start";
				assertThat(findings.withId("schema-drift").asList()).as("%s: %s", start, findings).isEmpty();
				assertThat(findings.asList()).as("%s: %s", start, findings)
					.filteredOn((finding) -> finding.severity() == Severity.WARNING
							|| finding.severity() == Severity.ERROR)
					.extracting(Finding::id)
					.isEmpty();
				if (first) {
					EntityManager entityManager = SharedEntityManagerCreator
						.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
					TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
					roundTrip(entityManager, transactions, new JdbcTemplate(context.getBean(DataSource.class)));
					arraysRoundTrip(entityManager, transactions);
					if (sqlArrays()) {
						sqlArraysRoundTrip(entityManager, transactions);
					}
					ownWorkload(entityManager, transactions);
				}
			});
	}

	private static void roundTrip(EntityManager entityManager, TransactionTemplate transactions, JdbcTemplate jdbc)
			throws Exception {
		ModernTypes row = new ModernTypes();
		row.sku = "SKU-1";
		row.attributes = Map.of("color", "red", "size", 3);
		row.settings = new ModernTypes.Settings("dark", 20);
		row.duration = Duration.ofMinutes(90);
		row.zonedDateTime = ZonedDateTime.of(2026, 3, 1, 10, 15, 30, 0, ZoneId.of("Europe/Paris"));
		row.offsetTime = OffsetTime.of(10, 15, 30, 0, ZoneOffset.UTC);
		row.year = Year.of(2026);
		row.yearMonth = YearMonth.of(2026, 3);
		row.zoneId = ZoneId.of("Europe/Paris");
		row.locale = Locale.CANADA_FRENCH;
		row.currency = Currency.getInstance("EUR");
		row.url = URI.create("https://example.org/a").toURL();
		row.letter = 'x';
		row.status = ModernTypes.Status.PUBLISHED;
		row.address = new ModernTypes.Address("1 Main St", "12345");
		row.lines.add(new ModernTypes.Line("first", 1));
		row.lines.add(new ModernTypes.Line("second", 2));
		row.defined = "defined";
		transactions.executeWithoutResult((status) -> entityManager.persist(row));
		ModernTypes read = transactions.execute((status) -> {
			ModernTypes found = entityManager.find(ModernTypes.class, row.id);
			found.lines.size();
			return found;
		});
		assertThat(read.sku).isEqualTo("SKU-1");
		assertThat(read.version).isNotNull();
		assertThat(read.attributes).containsEntry("color", "red").containsEntry("size", 3);
		assertThat(read.settings).isEqualTo(row.settings);
		assertThat(read.duration).isEqualTo(row.duration);
		assertThat(read.zonedDateTime.toInstant()).isEqualTo(row.zonedDateTime.toInstant());
		assertThat(read.offsetTime.withOffsetSameInstant(ZoneOffset.UTC)).isEqualTo(row.offsetTime);
		assertThat(read.year).isEqualTo(row.year);
		assertThat(read.yearMonth).isEqualTo(row.yearMonth);
		assertThat(read.zoneId).isEqualTo(row.zoneId);
		assertThat(read.locale).isEqualTo(row.locale);
		assertThat(read.currency).isEqualTo(row.currency);
		assertThat(read.url).isEqualTo(row.url);
		assertThat(read.letter).isEqualTo('x');
		assertThat(read.status).isEqualTo(ModernTypes.Status.PUBLISHED);
		assertThat(read.address).isEqualTo(row.address);
		assertThat(read.lines).containsExactlyElementsOf(row.lines);
		assertThat(read.defined).isEqualTo("defined");
		// The column defaults are the database's: a row inserted without them gets them.
		jdbc.update("insert into modern_types (sku, version, deleted) values ('SKU-2', ?, false)",
				java.sql.Timestamp.from(read.version));
		assertThat(jdbc.queryForObject("select score from modern_types where sku = 'SKU-2'", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select label from modern_types where sku = 'SKU-2'", String.class))
			.isEqualTo("new");
		// Soft delete: the row stays, and JPA no longer sees it.
		transactions.executeWithoutResult((status) -> {
			ModernTypes found = entityManager.find(ModernTypes.class, row.id);
			found.lines.clear();
			entityManager.remove(found);
		});
		assertThat(jdbc.queryForObject("select count(*) from modern_types where sku = 'SKU-1'", Integer.class))
			.isOne();
		Long visible = transactions.execute((status) -> entityManager
			.createQuery("select count(m) from ModernTypes m where m.sku = 'SKU-1'", Long.class)
			.getSingleResult());
		assertThat(visible).isZero();
	}

	private static void arraysRoundTrip(EntityManager entityManager, TransactionTemplate transactions) {
		ModernArrays row = new ModernArrays();
		row.tags = new String[] { "a", "b" };
		row.numbers = List.of(1, 2, 3);
		transactions.executeWithoutResult((status) -> entityManager.persist(row));
		ModernArrays read = transactions.execute((status) -> entityManager.find(ModernArrays.class, row.id));
		assertThat(read.tags).containsExactly("a", "b");
		assertThat(read.numbers).containsExactly(1, 2, 3);
	}

	private static void sqlArraysRoundTrip(EntityManager entityManager, TransactionTemplate transactions) {
		ModernSqlArrays row = new ModernSqlArrays();
		row.names = List.of("x", "y");
		transactions.executeWithoutResult((status) -> entityManager.persist(row));
		ModernSqlArrays read = transactions.execute((status) -> entityManager.find(ModernSqlArrays.class, row.id));
		assertThat(read.names).containsExactly("x", "y");
	}

}
