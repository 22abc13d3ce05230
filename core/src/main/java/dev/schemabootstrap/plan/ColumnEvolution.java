package dev.schemabootstrap.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.database.ColumnType;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.EvolutionPlan.ColumnAddition;
import dev.schemabootstrap.plan.EvolutionPlan.ColumnChange;
import dev.schemabootstrap.plan.EvolutionPlan.ColumnChangeKind;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveChange;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveKind;
import dev.schemabootstrap.plan.EvolutionPlanner.DeclaredTypes;

/**
 * How a column of the model becomes changes to the schema a changelog built: a column the schema lacks is added, one
 * it has gets a wider type or a changed nullability (which lose no data), or a narrower type (which may, so apart).
 */
final class ColumnEvolution {

	/** The database the changelog is for, which decides what can change. */
	private final DatabaseKind kind;

	private final boolean compareTypes;

	private final @Nullable DeclaredTypes declaredTypes;

	/**
	 * @param declaredTypes the types the changelog declares, to compare with instead of the types read back; or
	 * {@code null} for the types read back
	 */
	ColumnEvolution(DatabaseKind kind, boolean compareTypes, @Nullable DeclaredTypes declaredTypes) {
		this.kind = kind;
		this.compareTypes = compareTypes;
		this.declaredTypes = declaredTypes;
	}

	/**
	 * A new NOT NULL column without a default is refused by a table that has rows (PostgreSQL, MariaDB in strict
	 * mode): it is added nullable, then made NOT NULL by a changeset of its own that stops the migration, with
	 * nothing half done, while rows hold NULL, so that the user fills them first. With a default ({@code
	 * @ColumnDefault}) the database fills the rows itself; an identity column fills itself; SQLite cannot add NOT NULL
	 * to a column afterwards.
	 */
	void added(TableName table, Column column, List<ColumnAddition> additions, List<ColumnChange> changes) {
		if (column.nullable() || column.defaultValue() != null || column.identity() || kind == DatabaseKind.SQLITE) {
			additions.add(new ColumnAddition(table, column));
			return;
		}
		Column nullable = new Column(column.name(), column.sqlType(), true, false, null);
		additions.add(new ColumnAddition(table, nullable));
		changes.add(new ColumnChange(table, column, nullable, ColumnChangeKind.ADD_NOT_NULL));
	}

	/**
	 * A type change is safe when the new type holds every old value; nullability either way loses no data. SQLite
	 * cannot alter a column: nothing is planned there.
	 *
	 * @param liveTable the table's name as read back, by which the changelog's declared types are known
	 * @param previous the column as read back
	 */
	void compared(TableName table, TableName liveTable, Column column, Column previous, List<ColumnChange> changes,
			List<DestructiveChange> destructive) {
		if (kind == DatabaseKind.SQLITE) {
			return;
		}
		String previousType = declaredTypes == null ? previous.sqlType()
				: declaredTypes.type(liveTable, previous.name());
		ColumnType wanted = ColumnType.parse(column.sqlType(), kind);
		ColumnType had = previousType == null ? wanted : ColumnType.parse(previousType, kind);
		// As the changelog declares it, for the changesets and findings that show the previous type.
		Column before = previousType == null ? previous
				: new Column(previous.name(), previousType, previous.nullable(), previous.identity(),
						previous.defaultValue());
		if (compareTypes && !wanted.equals(had)) {
			if (wanted.holdsEveryValueOf(had)) {
				changes.add(new ColumnChange(table, column, before, ColumnChangeKind.WIDEN_TYPE));
			}
			else {
				destructive.add(new DestructiveChange(DestructiveKind.NARROW_TYPE, table, column, before, List.of()));
			}
		}
		if (column.nullable() != previous.nullable()) {
			changes.add(new ColumnChange(table, column, before,
					column.nullable() ? ColumnChangeKind.DROP_NOT_NULL : ColumnChangeKind.ADD_NOT_NULL));
		}
	}

}
