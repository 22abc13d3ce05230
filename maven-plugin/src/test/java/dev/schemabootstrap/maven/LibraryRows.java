package dev.schemabootstrap.maven;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.schemabootstrap.maven.LibraryModel.Entity;
import dev.schemabootstrap.maven.LibraryModel.Field;
import dev.schemabootstrap.maven.LibraryModel.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows a year of use leaves in the library's tables, inserted with plain JDBC, and what each of them must still
 * hold: every value as text in one spelling whatever the database ({@link #read}).
 */
final class LibraryRows {

	/** By table, by id: each column's value as text ({@code null} for SQL NULL). */
	private final Map<String, Map<String, Map<String, String>>> expected = new LinkedHashMap<>();

	private final Random random;

	LibraryRows(Random random) {
		this.random = random;
	}

	int count() {
		return expected.values().stream().mapToInt(Map::size).sum();
	}

	/** A column added to a table that has rows: they hold its default, or NULL. */
	void columnAdded(String table, String column, String valueOfExistingRows) {
		expected.getOrDefault(table, Map.of()).values().forEach((row) -> row.put(column, valueOfExistingRows));
	}

	void columnDropped(String table, String column) {
		expected.getOrDefault(table, Map.of()).values().forEach((row) -> row.remove(column));
	}

	void tableDropped(String table) {
		expected.remove(table);
	}

	/** One new row in every table, parents first, each value within what its column now takes. */
	void insertIntoEveryTable(Connection connection, LibraryModel model) throws SQLException {
		for (Entity entity : model.entities) {
			insert(connection, model, entity);
		}
	}

	private void insert(Connection connection, LibraryModel model, Entity entity) throws SQLException {
		List<String> columns = new ArrayList<>(List.of("id"));
		entity.fields().forEach((field) -> columns.add(field.column()));
		String sql = "insert into " + entity.table() + " (" + String.join(", ", columns) + ") values ("
				+ String.join(", ", columns.stream().map((column) -> "?").toList()) + ")";
		Map<String, String> row = new HashMap<>();
		UUID id = UUID.randomUUID();
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			insert.setObject(1, id);
			row.put("id", id.toString());
			for (int i = 0; i < entity.fields().size(); i++) {
				Field field = entity.fields().get(i);
				row.put(field.column(), bind(insert, i + 2, field, model));
			}
			insert.executeUpdate();
		}
		catch (SQLException ex) {
			throw new SQLException("Cannot insert into " + entity.table() + " " + row + ": " + ex.getMessage(), ex);
		}
		expected.computeIfAbsent(entity.table(), (table) -> new LinkedHashMap<>()).put(id.toString(), row);
	}

	/** Binds a value the column must take (the longest string, the widest number it allows) and returns it as text. */
	private String bind(PreparedStatement insert, int index, Field field, LibraryModel model) throws SQLException {
		if (field.nullable() && random.nextInt(5) == 0) {
			insert.setNull(index, sqlType(field));
			return null;
		}
		switch (field.kind()) {
			case STRING -> {
				int length = random.nextBoolean() ? field.length() : 1 + random.nextInt(field.length());
				String value = "v".repeat(length);
				insert.setString(index, value);
				return value;
			}
			case INT -> {
				int value = random.nextInt();
				insert.setInt(index, value);
				return Long.toString(value);
			}
			case LONG -> {
				long value = random.nextLong();
				insert.setLong(index, value);
				return Long.toString(value);
			}
			case DECIMAL -> {
				// As many digits as the precision allows, two of them after the point.
				BigDecimal value = new BigDecimal("9".repeat(field.length() - 2) + ".99");
				insert.setBigDecimal(index, value);
				return text(value);
			}
			case DATE -> {
				LocalDate value = LocalDate.of(1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28));
				insert.setDate(index, Date.valueOf(value));
				return value.toString();
			}
			case BOOLEAN -> {
				boolean value = random.nextBoolean();
				insert.setBoolean(index, value);
				return Boolean.toString(value);
			}
			case ENUM -> {
				List<String> values = model.enums.get(field.enumName());
				// The newest value more often than not: the one the database may not take yet.
				String value = random.nextBoolean() ? values.get(values.size() - 1)
						: values.get(random.nextInt(values.size()));
				insert.setString(index, value);
				return value;
			}
			case REFERENCE -> {
				String target = model.entity(field.target()).table();
				List<String> ids = new ArrayList<>(expected.getOrDefault(target, Map.of()).keySet());
				if (ids.isEmpty()) {
					assertThat(field.nullable()).as("a NOT NULL reference to " + target + ", which has no row").isTrue();
					insert.setNull(index, Types.OTHER);
					return null;
				}
				String value = ids.get(random.nextInt(ids.size()));
				insert.setObject(index, UUID.fromString(value));
				return value;
			}
		}
		throw new IllegalStateException(field.kind().toString());
	}

	private static int sqlType(Field field) {
		return switch (field.kind()) {
			case STRING, ENUM -> Types.VARCHAR;
			case INT -> Types.INTEGER;
			case LONG -> Types.BIGINT;
			case DECIMAL -> Types.NUMERIC;
			case DATE -> Types.DATE;
			case BOOLEAN -> Types.BOOLEAN;
			case REFERENCE -> Types.OTHER;
		};
	}

	/** Every row ever inserted into a table that still exists is there, with the values it was given. */
	void assertAllPresent(Connection connection, LibraryModel model) throws SQLException {
		for (Entity entity : model.entities) {
			Map<String, Map<String, String>> rows = expected.getOrDefault(entity.table(), Map.of());
			Map<String, Map<String, String>> found = new HashMap<>();
			try (ResultSet result = connection.createStatement().executeQuery("select * from " + entity.table())) {
				while (result.next()) {
					Map<String, String> row = new HashMap<>();
					row.put("id", result.getObject("id").toString());
					for (Field field : entity.fields()) {
						row.put(field.column(), read(result, field));
					}
					found.put(row.get("id"), row);
				}
			}
			assertThat(found).as("the rows of " + entity.table()).isEqualTo(rows);
		}
	}

	private static String read(ResultSet result, Field field) throws SQLException {
		String column = field.column();
		String value = switch (field.kind()) {
			case INT, LONG -> Long.toString(result.getLong(column));
			case DECIMAL -> result.getBigDecimal(column) == null ? null : text(result.getBigDecimal(column));
			case DATE -> result.getDate(column) == null ? null : result.getDate(column).toLocalDate().toString();
			case BOOLEAN -> Boolean.toString(result.getBoolean(column));
			case REFERENCE -> result.getObject(column) == null ? null : result.getObject(column).toString();
			case STRING, ENUM -> result.getString(column);
		};
		return result.wasNull() ? null : value;
	}

	/** A number in one spelling: {@code 0}, {@code 0.0} and {@code 0.00} are one value. */
	static String text(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
