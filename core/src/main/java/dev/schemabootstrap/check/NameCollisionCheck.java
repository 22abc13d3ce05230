package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.UniqueConstraint;

/**
 * Reports two constraints or indexes with one name where the target database needs them distinct, comparing
 * names the way the database keeps them (without regard to case, and cut to the limit where the database
 * truncates, as PostgreSQL does at 63 characters). The second {@code CREATE} fails. Where the names must be
 * distinct follows the database: PostgreSQL keeps index, primary and unique key names per schema and foreign key
 * names per table; MySQL and MariaDB keep foreign key names per schema and index names per table; H2 keeps all of
 * them per schema; SQLite keeps index names per schema.
 */
public final class NameCollisionCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.NAME_COLLISION.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		DatabaseKind database = context.database();
		Map<String, List<Named>> byName = new TreeMap<>();
		for (Table table : context.model().tables()) {
			for (Named named : names(table)) {
				String namespace = named.perTable(database) ? table.name().toString() + "/" : schema(table.name());
				byName.computeIfAbsent(namespace + "|" + database.effectiveName(named.name), (key) -> new ArrayList<>())
					.add(named);
			}
		}
		List<Finding> findings = new ArrayList<>();
		byName.values().stream().filter((group) -> group.size() > 1).forEach((group) -> {
			boolean truncated = group.stream().map((named) -> named.name.toLowerCase()).distinct().count() > 1;
			String owners = group.stream().map(Named::describe).collect(Collectors.joining(", "));
			Named first = group.get(0);
			String schema = first.table.schema();
			findings.add(new Finding(FindingId.NAME_COLLISION, Severity.ERROR, (schema == null ? "" : schema + ".") + first.name,
					"The name " + first.name + " is used " + group.size() + " times" + (schema == null ? ""
							: " in schema " + schema) + ": " + owners
							+ (truncated ? " (equal once " + database.displayName() + " cuts them to "
									+ database.identifierLimit().orElse(0) + " characters)" : "")
							+ "; creating the second one fails",
					"Give each a distinct name of at most " + database.identifierLimit().orElse(60)
							+ " characters (@Index(name), @UniqueConstraint(name), @ForeignKey(name)), or leave the"
							+ " name out so that one is generated"));
		});
		return findings;
	}

	private static String schema(TableName table) {
		return table.schema() == null ? "" : table.schema();
	}

	private static List<Named> names(Table table) {
		List<Named> names = new ArrayList<>();
		if (table.primaryKey() != null) {
			names.add(new Named(Kind.PRIMARY_KEY, table.primaryKey().name(), table.name()));
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			names.add(new Named(Kind.UNIQUE, unique.name(), table.name()));
		}
		for (Index index : table.indexes()) {
			names.add(new Named(Kind.INDEX, index.name(), table.name()));
		}
		for (ForeignKey foreignKey : table.foreignKeys()) {
			names.add(new Named(Kind.FOREIGN_KEY, foreignKey.name(), table.name()));
		}
		return names;
	}

	private enum Kind {

		PRIMARY_KEY("primary key"), UNIQUE("unique constraint"), INDEX("index"), FOREIGN_KEY("foreign key");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

	}

	private record Named(Kind kind, String name, TableName table) {

		boolean perTable(DatabaseKind database) {
			return switch (database) {
				case POSTGRESQL -> kind == Kind.FOREIGN_KEY;
				case MYSQL, MARIADB -> kind != Kind.FOREIGN_KEY;
				case SQLITE -> kind != Kind.INDEX;
				default -> false;
			};
		}

		String describe() {
			return kind.label + " " + name + " of " + table;
		}

	}

}
