package dev.schemabootstrap.autoconfigure.matrix;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

/**
 * Both models on SQLite, each in a file of its own. What SQLite requires, as {@code docs/databases.md} says:
 * <ul>
 * <li>SQLite has no named schemas: {@link FlatSchemaNamingStrategy} maps every table into the one database (its
 * {@code toPhysicalSchemaName} returns {@code null}), so native SQL names tables without a schema. The models'
 * table names are distinct across their schemas, so nothing collides.</li>
 * <li>{@code date_class=TEXT}: timestamps ({@code Instant}) are stored as text, which is what Hibernate reads
 * back.</li>
 * <li>{@code journal_mode=WAL} and {@code busy_timeout}: Hibernate emulates sequences with {@code *_seq} tables it
 * updates from a second connection; with WAL, readers do not block that writer. The models keep one
 * sequence-generated id each ({@code StockLevel}, {@code Team}) to prove it; every other generated Long id is
 * IDENTITY, which SQLite generates itself.</li>
 * </ul>
 * Foreign keys are on for every connection: the URL of {@link TestDatabase} says so, and the product adds
 * {@code PRAGMA foreign_keys=ON} to every HikariCP connection.
 */
class SqliteMatrixTests extends DatabaseMatrixScenario {

	@RegisterExtension
	static final TestDatabase store = TestDatabase.sqlite();

	@RegisterExtension
	static final TestDatabase harder = TestDatabase.sqlite();

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
		String url = database.url();
		return url + (url.contains("?") ? "&" : "?") + "date_class=TEXT&journal_mode=WAL&busy_timeout=5000";
	}

	@Override
	List<String> properties() {
		return List.of("spring.jpa.hibernate.naming.physical-strategy=" + FlatSchemaNamingStrategy.class.getName());
	}

	@Override
	String foreignKeyViolation() {
		return "FOREIGN KEY constraint failed";
	}

	@Override
	String table(String schema, String table) {
		return table;
	}

}
