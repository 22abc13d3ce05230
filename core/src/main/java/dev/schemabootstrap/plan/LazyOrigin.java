package dev.schemabootstrap.plan;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.EvolutionPlanner.Origin;

/**
 * An origin learnt only when first asked, which is only when the database holds a table or column the model lacks:
 * reading a changelog's changesets costs a parse (seconds at 1,000 entities) that most runs never need.
 */
final class LazyOrigin implements Origin {

	private final Supplier<? extends Origin> origin;

	private @Nullable Origin known;

	LazyOrigin(Supplier<? extends Origin> origin) {
		this.origin = origin;
	}

	@Override
	public boolean createdTable(TableName table) {
		return known().createdTable(table);
	}

	@Override
	public boolean createdColumn(TableName table, String column) {
		return known().createdColumn(table, column);
	}

	private synchronized Origin known() {
		if (known == null) {
			known = origin.get();
		}
		return known;
	}

}
