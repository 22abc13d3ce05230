package dev.schemabootstrap.model;

import java.util.List;

/**
 * A type of the database's own that columns of the model are declared with, created before the tables: PostgreSQL's
 * enum type for an {@code @Enumerated(STRING)} attribute with {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}, which
 * Hibernate's own DDL creates with {@code create type Priority as enum ('HIGH','LOW')}.
 *
 * @param name the type's name, as its columns' type names it
 * @param createStatements the statements that create it, as Hibernate's dialect writes them
 */
public record NamedType(String name, List<String> createStatements) {

	public NamedType {
		createStatements = List.copyOf(createStatements);
	}

}
