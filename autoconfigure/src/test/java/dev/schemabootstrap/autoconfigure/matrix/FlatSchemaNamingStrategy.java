package dev.schemabootstrap.autoconfigure.matrix;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/** Snake-case names with every table in the one schema of a database without named schemas (SQLite). */
public class FlatSchemaNamingStrategy extends PhysicalNamingStrategySnakeCaseImpl {

	@Override
	public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
		return null;
	}

}
