package dev.schemabootstrap.check;

import java.util.List;

/**
 * The checks Schema Bootstrap runs by default, one per model finding id of the contract.
 */
public final class StandardChecks {

	private StandardChecks() {
	}

	public static List<SchemaCheck> all() {
		return List.of(new DuplicateTableMappingCheck(), new DuplicateEntityNameCheck(), new RedundantIndexCheck(),
				new NameCollisionCheck(), new IdentifierTooLongCheck(), new ReservedWordCheck(),
				new UnresolvedReferenceCheck(), new ForeignKeyTypeMismatchCheck(), new MissingForeignKeyCheck(),
				new CircularDependencyCheck(), new ConflictingColumnMappingCheck(), new BothSidesOwnAssociationCheck(),
				new UnindexedForeignKeyCheck(), new MultiplePersistenceUnitsCheck(), new EntityOutsideUnitCheck(),
				new ConflictingSchemaInitializerCheck(), new SqliteSequenceEmulationCheck());
	}

	/** The ids of the standard checks, in contract order. */
	public static List<String> ids() {
		return all().stream().map(SchemaCheck::id).toList();
	}

}
