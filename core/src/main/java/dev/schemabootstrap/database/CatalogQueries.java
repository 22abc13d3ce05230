package dev.schemabootstrap.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import dev.schemabootstrap.model.DatabaseKind;

/**
 * The grouped catalog queries of one database: each query reads one kind of object for every table of all the
 * requested schemas at once.
 */
abstract class CatalogQueries {

	/**
	 * @param schemas the schemas to read, in lower case: each query compares them with the database's spelling in
	 * lower case
	 */
	abstract CatalogRows read(Connection connection, List<String> schemas) throws SQLException;

	static CatalogQueries of(DatabaseKind kind) {
		return switch (kind) {
			case H2 -> new H2Catalog();
			case POSTGRESQL -> new PostgresCatalog();
			case MARIADB, MYSQL -> new MariaDbCatalog();
			case SQLITE -> new SqliteCatalog();
			case OTHER -> throw new IllegalArgumentException("The live schema can be read from H2, PostgreSQL,"
					+ " MariaDB, MySQL and SQLite only (LiveSchemaReader.canRead)");
		};
	}

	interface RowMapper<T> {

		T map(ResultSet row) throws SQLException;

	}

	/** Runs a query whose text holds {@code %s} where the placeholders for the schema names go. */
	static <T> List<T> query(Connection connection, String sql, List<String> schemas, RowMapper<T> mapper)
			throws SQLException {
		String placeholders = String.join(", ", Collections.nCopies(schemas.size(), "?"));
		try (PreparedStatement statement = connection.prepareStatement(sql.replace("%s", placeholders))) {
			for (int i = 0; i < schemas.size(); i++) {
				statement.setString(i + 1, schemas.get(i));
			}
			List<T> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					rows.add(mapper.map(result));
				}
			}
			return rows;
		}
	}

	/** A type name with its length, or precision and scale, where the database reports them apart. */
	static String typeText(String dataType, Number length, Number precision, Number scale) {
		String type = dataType.toLowerCase(Locale.ROOT);
		if (type.equals("numeric") || type.equals("decimal")) {
			return precision == null ? type : type + "(" + precision + "," + (scale == null ? 0 : scale) + ")";
		}
		if (length != null && (type.contains("char") || type.contains("binary") || type.equals("bit"))) {
			return type + "(" + length + ")";
		}
		return type;
	}

}
