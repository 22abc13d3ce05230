package dev.schemabootstrap.check;

import java.util.List;

/**
 * The checks Schema Bootstrap runs by default, one per model finding id of the contract.
 */
public final class StandardChecks {

	private StandardChecks() {
	}

	public static List<SchemaCheck> all() {
		return List.of(new ConflictingSchemaInitializerCheck());
	}

}
