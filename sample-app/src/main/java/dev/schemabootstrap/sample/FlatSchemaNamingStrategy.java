package dev.schemabootstrap.sample;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Spring Boot's snake-case names, with every table in the one schema a database without named schemas has
 * (SQLite). Used by the {@code sqlite} profile only.
 */
public class FlatSchemaNamingStrategy extends PhysicalNamingStrategySnakeCaseImpl {

	@Override
	public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
		return null;
	}

}
