package dev.schemabootstrap.plan;

import java.util.List;

import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.TableName;

/**
 * Tables whose foreign keys reference each other in a cycle, and the keys the plan adds only after all of them
 * exist.
 *
 * @param tables the tables of the cycle, sorted by name
 * @param deferredForeignKeys the keys that break the cycle
 */
public record ForeignKeyCycle(List<TableName> tables, List<ForeignKey> deferredForeignKeys) {

	public ForeignKeyCycle {
		tables = List.copyOf(tables);
		deferredForeignKeys = List.copyOf(deferredForeignKeys);
	}

	/**
	 * Whether rows can ever be inserted: every key the plan defers must be able to stay empty (or be checked at
	 * commit) while the first rows go in.
	 */
	public boolean isBreakable() {
		return deferredForeignKeys.stream().allMatch(ForeignKey::optional);
	}

}
