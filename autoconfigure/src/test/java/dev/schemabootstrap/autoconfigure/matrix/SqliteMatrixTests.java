package dev.schemabootstrap.autoconfigure.matrix;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.autoconfigure.fixtures.store.Category;
import dev.schemabootstrap.autoconfigure.fixtures.store.Product;
import dev.schemabootstrap.autoconfigure.fixtures.store.StockLevel;
import dev.schemabootstrap.autoconfigure.fixtures.store.StoreConfiguration;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both models on SQLite, each in a file of its own. What SQLite requires, as {@code docs/databases.md} says:
 * <ul>
 * <li>SQLite has no named schemas: {@link FlatSchemaNamingStrategy} maps every table into the one database (its
 * {@code toPhysicalSchemaName} returns {@code null}), so native SQL names tables without a schema. The models'
 * table names are distinct across their schemas, so nothing collides.</li>
 * <li>{@code date_class=TEXT}: timestamps ({@code Instant}) are stored as text, which is what Hibernate reads
 * back.</li>
 * <li>{@code journal_mode=WAL} and {@code busy_timeout}: Hibernate emulates sequences with {@code *_seq} tables it
 * updates from a second connection; with WAL, that writer is not blocked by readers. SQLite still allows one
 * writer, so the workloads persist the one sequence-generated entity of each model ({@code StockLevel},
 * {@code Team}) in a transaction of their own, before it writes, and suppress
 * {@code sqlite-sequence-emulation}, the error that reports such ids; every other generated Long id is IDENTITY,
 * which SQLite generates itself. (Switching those ids to IDENTITY for SQLite only, through an orm.xml, is what an
 * application would do; the product's model ignores mapping files: see {@link #mappingResourcesShapeTheModel}.)</li>
 * </ul>
 * Foreign keys are on for every connection: the URL of {@link TestDatabase} says so, and the product adds
 * {@code PRAGMA foreign_keys=ON} to every HikariCP connection.
 */
class SqliteMatrixTests extends DatabaseMatrixScenario {

	@RegisterExtension
	static final TestDatabase store = TestDatabase.sqlite();

	@RegisterExtension
	static final TestDatabase harder = TestDatabase.sqlite();

	@RegisterExtension
	static final TestDatabase mapped = TestDatabase.sqlite();

	@Override
	TestDatabase storeDatabase() {
		return store;
	}

	@Override
	TestDatabase harderDatabase() {
		return harder;
	}

	@Override
	String url(TestDatabase database) {
		return sqliteUrl(database);
	}

	/** The database's URL with the settings above, for every SQLite scenario. */
	static String sqliteUrl(TestDatabase database) {
		String url = database.url();
		return url + (url.contains("?") ? "&" : "?") + "date_class=TEXT&journal_mode=WAL&busy_timeout=5000";
	}

	@Override
	List<String> properties(Class<?> model) {
		// The workloads persist StockLevel and Team in transactions of their own, which is how an application may
		// accept sqlite-sequence-emulation.
		return List.of("spring.jpa.hibernate.naming.physical-strategy=" + FlatSchemaNamingStrategy.class.getName(),
				"schema-bootstrap.validation.suppress=sqlite-sequence-emulation");
	}

	@Override
	String foreignKeyViolation() {
		return "FOREIGN KEY constraint failed";
	}

	@Override
	String table(String schema, String table) {
		return table;
	}

	@Test
	@Override
	void harderModelStartsWithoutDriftAndKeepsEveryReference() {
		super.harderModelStartsWithoutDriftAndKeepsEveryReference();
	}

	@Test
	void mappingResourcesShapeTheModel() {
		run(mapped, StoreConfiguration.class,
				List.of("spring.jpa.mapping-resources=matrix/sqlite-stock-level-identity.orm.xml"), (jpa) -> {
					assertThat(jpa.bootstrapper.getAnalysis().model().table(new TableName(null, "stock_levels_seq")))
						.isEmpty();
					// An IDENTITY id needs no second connection: one transaction writes everything.
					Long id = jpa.read((em) -> {
						Category category = new Category("Tea", null);
						em.persist(category);
						Product product = new Product("TEA-1", BigDecimal.TEN, category);
						em.persist(product);
						StockLevel level = new StockLevel(product, 3);
						em.persist(level);
						em.flush();
						return level.id;
					});
					assertThat(id).isNotNull();
				});
	}

}
