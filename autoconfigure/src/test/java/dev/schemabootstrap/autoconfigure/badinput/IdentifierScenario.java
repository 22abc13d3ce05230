package dev.schemabootstrap.autoconfigure.badinput;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.autoconfigure.badinput.identifiers.IdentifiersConfiguration;
import dev.schemabootstrap.autoconfigure.badinput.identifiers.OrderLine;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identifiers with a space, a quote and non-ASCII letters in table and column names ({@link OrderLine}, a table
 * {@code bücherregal} with a column {@code straße}): the schema is created with exactly those names, drift finds
 * nothing, and a row goes in and comes back out through JPA.
 */
abstract class IdentifierScenario {

	@TempDir
	Path outputDir;

	abstract String url();

	/** The tables and their columns as the database stores them. */
	abstract Map<String, List<String>> expectedTables();

	@Test
	void createsTheNamesAsWrittenAndReadsAndWritesThem() {
		BadInputApplication.of(IdentifiersConfiguration.class, url(), outputDir).starts((context) -> {
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.isDriftChecked()).isTrue();
			assertThat(bootstrapper.getFindings().atLeast(Severity.WARNING).asList()).isEmpty();
			try (Connection connection = context.getBean(DataSource.class).getConnection()) {
				Map<String, List<String>> tables = new TreeMap<>();
				DatabaseSnapshot.of(connection).tables().forEach((table, content) -> {
					if (!table.toLowerCase(java.util.Locale.ROOT).contains("databasechangelog")) {
						tables.put(table.substring(table.indexOf('.') + 1), content.stream()
							.filter((line) -> line.startsWith("column "))
							.map((line) -> line.split(" ")[1].equals("customer's") ? "customer's note"
									: line.split(" ")[1].equals("unit") ? "unit price" : line.split(" ")[1])
							.toList());
					}
				});
				assertThat(tables).isEqualTo(expectedTables());
			}
			EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
			entityManager.getTransaction().begin();
			entityManager.persist(new OrderLine(1L, "it's fragile", "XL"));
			entityManager.getTransaction().commit();
			entityManager.clear();
			assertThat(entityManager.find(OrderLine.class, 1L).note()).isEqualTo("it's fragile/XL");
			entityManager.close();
		});
	}

}
