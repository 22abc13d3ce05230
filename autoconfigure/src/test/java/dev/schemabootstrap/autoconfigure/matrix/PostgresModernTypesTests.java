package dev.schemabootstrap.autoconfigure.matrix;

import java.math.BigDecimal;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.transaction.support.TransactionTemplate;

import dev.schemabootstrap.autoconfigure.fixtures.types.modern.ModernPostgres;
import dev.schemabootstrap.autoconfigure.fixtures.types.modern.postgresql.PostgresModernTypes;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresModernTypesTests extends ModernTypesScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	Class<?> model() {
		return ModernPostgres.class;
	}

	/** A value of the named enum type and a large text go in and come back whole. */
	@Override
	void ownWorkload(EntityManager entityManager, TransactionTemplate transactions) {
		PostgresModernTypes row = new PostgresModernTypes();
		row.priority = PostgresModernTypes.Priority.HIGH;
		row.body = "x".repeat(100_000);
		row.amounts = new BigDecimal[] { new BigDecimal("12.50"), new BigDecimal("0.05") };
		transactions.executeWithoutResult((status) -> entityManager.persist(row));
		PostgresModernTypes read = transactions
			.execute((status) -> entityManager.find(PostgresModernTypes.class, row.id));
		assertThat(read.priority).isEqualTo(PostgresModernTypes.Priority.HIGH);
		assertThat(read.body).isEqualTo(row.body);
		assertThat(read.amounts).containsExactly(new BigDecimal("12.50"), new BigDecimal("0.05"));
	}

}
