package dev.schemabootstrap.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.drift.SchemaComparison;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveChange;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveKind;
import dev.schemabootstrap.plan.EvolutionPlanner.DeclaredTypes;

/**
 * How a table or column the model no longer has becomes a destructive change: with the foreign keys that must be
 * dropped first, everything named as the changelog most likely wrote it, not as the database read back spells it.
 */
final class DroppedObjects {

	private static final Comparator<ForeignKey> BY_TABLE_AND_NAME = Comparator
		.comparing((ForeignKey foreignKey) -> foreignKey.table().toString())
		.thenComparing(ForeignKey::name);

	/** The schema read back, whose foreign keys are the ones to drop. */
	private final SchemaModel live;

	/** The database read back, which may have changed the case of names. */
	private final DatabaseKind kind;

	private final @Nullable DeclaredTypes declaredTypes;

	/**
	 * @param declaredTypes the names of foreign keys as the changelog declares them, or {@code null} for the names
	 * read back
	 */
	DroppedObjects(SchemaModel live, DatabaseKind kind, @Nullable DeclaredTypes declaredTypes) {
		this.live = live;
		this.kind = kind;
		this.declaredTypes = declaredTypes;
	}

	/** A column of {@code found} to drop, under the model's name of its table. */
	DestructiveChange column(TableName table, Table found, Column column) {
		return new DestructiveChange(DestructiveKind.DROP_COLUMN, table, normal(column), null,
				foreignKeysOn(found, column.name()));
	}

	/** A table read back to drop; its own foreign keys go with it. */
	DestructiveChange table(Table found) {
		return new DestructiveChange(DestructiveKind.DROP_TABLE, normal(found.name()), null, null,
				foreignKeysInto(found));
	}

	/** The live keys of a table that use a column, and the live keys of any table that reference it. */
	private List<ForeignKey> foreignKeysOn(Table table, String column) {
		String key = SchemaComparison.key(table.name());
		return live.tables()
			.stream()
			.flatMap((other) -> other.foreignKeys().stream())
			.filter((foreignKey) -> (SchemaComparison.key(foreignKey.table()).equals(key)
					&& containsIgnoringCase(foreignKey.columns(), column))
					|| (SchemaComparison.key(foreignKey.referencedTable()).equals(key)
							&& containsIgnoringCase(foreignKey.referencedColumns(), column)))
			.map(this::named)
			.sorted(BY_TABLE_AND_NAME)
			.toList();
	}

	/** The live keys of other tables that reference a table. */
	private List<ForeignKey> foreignKeysInto(Table table) {
		String key = SchemaComparison.key(table.name());
		return live.tables()
			.stream()
			.filter((other) -> !SchemaComparison.key(other.name()).equals(key))
			.flatMap((other) -> other.foreignKeys().stream())
			.filter((foreignKey) -> SchemaComparison.key(foreignKey.referencedTable()).equals(key))
			.map(this::named)
			.sorted(BY_TABLE_AND_NAME)
			.toList();
	}

	private static boolean containsIgnoringCase(List<String> names, String name) {
		return names.stream().anyMatch((each) -> each.equalsIgnoreCase(name));
	}

	/**
	 * A key to drop, named as the changelog's database knows it: as read back, or as the changelog declares it when
	 * the schema read back is a scratch database's, which may have changed its case.
	 */
	private ForeignKey named(ForeignKey foreignKey) {
		String name = declaredTypes == null ? normal(foreignKey.name())
				: declaredTypes.foreignKeyName(normal(foreignKey.name()));
		return new ForeignKey(name, normal(foreignKey.table()),
				foreignKey.columns().stream().map(this::normal).toList(), normal(foreignKey.referencedTable()),
				foreignKey.referencedColumns().stream().map(this::normal).toList(), foreignKey.optional(),
				foreignKey.deleteCascade());
	}

	/** Names as the changelog most likely wrote them: H2 reports unquoted names upper-cased. */
	private String normal(String identifier) {
		return kind.upperCaseIdentifiers() && identifier.equals(identifier.toUpperCase(Locale.ROOT))
				? identifier.toLowerCase(Locale.ROOT) : identifier;
	}

	private TableName normal(TableName name) {
		return new TableName(name.schema() == null ? null : normal(name.schema()), normal(name.name()));
	}

	private Column normal(Column column) {
		return new Column(normal(column.name()), column.sqlType(), column.nullable());
	}

}
