package dev.schemabootstrap.model.hibernate;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * The implicit names a Spring Boot application gets by default ({@code spring.jpa.hibernate.naming.implicit-strategy}
 * unset): JPA's, except that a join table without {@code @JoinTable} is named after the owning table and the
 * attribute ({@code product_tags} for {@code Product.tags}), not after both entities ({@code Product_Tag}). For the
 * analyses that run without Spring Boot (the Maven plugin, {@code SchemaAnalyzer.analyze(dialect, classes)}), so
 * that they name the tables the running application uses.
 */
public class SpringBootImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

	@Override
	public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
		String name = source.getOwningPhysicalTableName() + "_"
				+ source.getAssociationOwningAttributePath().getProperty();
		return toIdentifier(name, source.getBuildingContext());
	}

}
