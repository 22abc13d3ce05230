package dev.schemabootstrap.model.hibernate;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.fixtures.catalog.Warehouse;
import dev.schemabootstrap.fixtures.store.CreditPayment;
import dev.schemabootstrap.fixtures.store.Customer;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.TableName;

import static org.assertj.core.api.Assertions.assertThat;

class NamespacesTests {

	@Test
	void aSchemaStaysASchemaWhereTheDialectQualifiesBySchema() {
		assertThat(model("org.hibernate.dialect.PostgreSQLDialect").tablesByName())
			.containsKey(new TableName("billing", "credit_payment"));
	}

	@Test
	void aSchemaIsDroppedOnMariaDbAsHibernateDropsItAtRunTime() {
		SchemaModel model = model("org.hibernate.dialect.MariaDBDialect");
		assertThat(model.tablesByName()).containsKey(new TableName(null, "credit_payment"))
			.containsKey(new TableName("inventory", "warehouse"));
		assertThat(model.schemas()).containsExactly("inventory");
	}

	@Test
	void aCatalogIsIgnoredWhereTheDialectQualifiesBySchema() {
		assertThat(model("org.hibernate.dialect.PostgreSQLDialect").tablesByName())
			.containsKey(new TableName(null, "warehouse"));
	}

	private static SchemaModel model(String dialect) {
		return HibernateModelFactory.create(PersistenceUnit.of(Customer.class, CreditPayment.class, Warehouse.class),
				Map.of("hibernate.dialect", dialect, "hibernate.physical_naming_strategy",
						"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"),
				NamespacesTests.class.getClassLoader());
	}

}
