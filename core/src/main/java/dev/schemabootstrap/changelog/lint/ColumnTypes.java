package dev.schemabootstrap.changelog.lint;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * The type a column has before the changesets run, as the database or the model spells it: what a type change is
 * compared with.
 */
@FunctionalInterface
public interface ColumnTypes {

	/** Nothing known: a type change is then judged by its new type alone. */
	ColumnTypes UNKNOWN = (schema, table, column) -> null;

	/**
	 * @param schema the schema the change names, or {@code null} for the default one
	 * @return the type, for example {@code character varying(50)}; {@code null} when unknown
	 */
	@Nullable String type(@Nullable String schema, String table, String column);

	/** The types an evolution plan changes from: the changelog's, before the changes it generates. */
	static ColumnTypes of(EvolutionPlan plan) {
		Map<String, String> types = new HashMap<>();
		for (EvolutionPlan.ColumnChange change : plan.columnChanges()) {
			types.put(key(change.table(), change.previous()), change.previous().sqlType());
		}
		for (EvolutionPlan.DestructiveChange change : plan.destructiveChanges()) {
			if (change.previous() != null) {
				types.put(key(change.table(), change.previous()), change.previous().sqlType());
			}
		}
		return (schema, table, column) -> types.get(key(table, column));
	}

	private static String key(TableName table, Column column) {
		return key(table.name(), column.name());
	}

	private static String key(String table, String column) {
		return (table + "." + column).toLowerCase(Locale.ROOT);
	}

}
