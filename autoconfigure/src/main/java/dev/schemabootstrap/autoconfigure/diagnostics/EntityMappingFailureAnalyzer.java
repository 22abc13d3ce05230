package dev.schemabootstrap.autoconfigure.diagnostics;

import org.hibernate.MappingException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an entity mapping Hibernate refuses outright (an entity without an identifier, an unknown attribute
 * type): Schema Bootstrap reads the model before any DDL, so the database is untouched.
 */
public class EntityMappingFailureAnalyzer extends AbstractFailureAnalyzer<MappingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MappingException cause) {
		String message = DatabaseErrors.oneLine(cause.getMessage());
		String hint = message.contains("has no identifier")
				? "Give the entity an identifier: an attribute annotated @Id (or @EmbeddedId for a composite key),"
						+ " declared or inherited from a @MappedSuperclass; a class that is not meant to be a table"
						+ " should not be an @Entity (use @Embeddable or @MappedSuperclass)."
				: "Fix the mapping named above.";
		return new FailureAnalysis("Hibernate could not map the entities: " + message,
				hint + " Schema Bootstrap stopped before any DDL: nothing was changed in the database.", cause);
	}

}
