package dev.schemabootstrap.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;

/**
 * The indexes the scratch H2 made itself for foreign keys. H2 indexes every foreign key that has no index, like
 * MariaDB and MySQL; PostgreSQL and SQLite do not. Read back from the scratch database standing in for one of those,
 * such an index would hide an {@code @Index} the entities declare on a foreign key's columns that the real database
 * lacks: the build would find nothing to add where startup finds a missing index.
 */
final class ScratchIndexes {

	private static final String GENERATED = """
			SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES
			WHERE IS_GENERATED AND INDEX_TYPE_NAME = 'INDEX'""";

	private ScratchIndexes() {
	}

	/** The schema read back from the scratch database, without the indexes H2 made for foreign keys. */
	static SchemaModel withoutForeignKeyIndexes(Connection scratch, SchemaModel live) throws SQLException {
		Set<String> generated = new HashSet<>();
		try (Statement statement = scratch.createStatement(); ResultSet rows = statement.executeQuery(GENERATED)) {
			while (rows.next()) {
				generated.add(lower(rows.getString(2) + "." + rows.getString(3)));
			}
		}
		if (generated.isEmpty()) {
			return live;
		}
		return new SchemaModel(live.dialect(), live.entities(), live.tables()
			.stream()
			.map((table) -> new Table(table.name(), table.columns(), table.primaryKey(), table.foreignKeys(),
					table.uniqueConstraints(),
					table.indexes()
						.stream()
						.filter((index) -> !generated.contains(lower(table.name().name() + "." + index.name())))
						.toList(),
					table.initStatements(), table.checks()))
			.toList(), live.sequences());
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
