package dev.schemabootstrap.model.hibernate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.randomized.entities.EntityCompiler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The columns of a table come in the order the entity's classes declare the attributes, superclass first, as a
 * hand-written {@code CREATE TABLE} has them: data scripts with positional {@code INSERT ... VALUES} (as Spring
 * PetClinic REST's) then fill the columns they mean.
 */
class DeclarationOrderTests {

	private static final String PACKAGE = "dev.schemabootstrap.fixtures.order";

	@Test
	void columnsFollowTheDeclarationOfTheAttributesSuperclassFirst(@TempDir Path directory) throws Exception {
		Map<String, String> sources = new LinkedHashMap<>();
		sources.put(PACKAGE + ".BaseEntity", """
				package %s;
				import jakarta.persistence.*;
				@MappedSuperclass
				public class BaseEntity {
					@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
				}
				""".formatted(PACKAGE));
		sources.put(PACKAGE + ".NamedEntity", """
				package %s;
				import jakarta.persistence.*;
				@MappedSuperclass
				public class NamedEntity extends BaseEntity {
					String name;
				}
				""".formatted(PACKAGE));
		sources.put(PACKAGE + ".Owner", """
				package %s;
				import jakarta.persistence.*;
				@Entity @Table(name = "owners")
				public class Owner extends NamedEntity {
					String city;
					String address;
				}
				""".formatted(PACKAGE));
		sources.put(PACKAGE + ".PetType", """
				package %s;
				import jakarta.persistence.*;
				@Entity @Table(name = "types")
				public class PetType extends NamedEntity {
				}
				""".formatted(PACKAGE));
		sources.put(PACKAGE + ".Pet", """
				package %s;
				import jakarta.persistence.*;
				@Entity @Table(name = "pets")
				@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
				public class Pet extends NamedEntity {
					java.time.LocalDate birthDate;
					@ManyToOne @JoinColumn(name = "type_id") PetType type;
					@ManyToOne @JoinColumn(name = "owner_id") Owner owner;
					@Embedded Chip chip;
				}
				""".formatted(PACKAGE));
		sources.put(PACKAGE + ".Chip", """
				package %s;
				import jakarta.persistence.*;
				@Embeddable
				public class Chip {
					String vendor;
					String code;
				}
				""".formatted(PACKAGE));
		sources.put(PACKAGE + ".Dog", """
				package %s;
				import jakarta.persistence.*;
				@Entity
				public class Dog extends Pet {
					String breed;
				}
				""".formatted(PACKAGE));
		List<Class<?>> classes = EntityCompiler.compile(sources, directory);
		SchemaModel model = SchemaAnalyzer.standard()
			.analyze("org.hibernate.dialect.H2Dialect", classes.toArray(Class<?>[]::new))
			.model();
		assertThat(columns(model, "owners")).containsExactly("id", "name", "city", "address");
		// Hibernate's own order puts owner_id before type_id, and the discriminator and a subclass's column in between.
		assertThat(columns(model, "pets")).startsWith("id", "name", "birth_date", "type_id", "owner_id")
			.containsSubsequence("owner_id", "breed")
			.contains("dtype", "vendor", "code");
	}

	private static List<String> columns(SchemaModel model, String table) {
		return model.tables()
			.stream()
			.filter((candidate) -> candidate.name().name().equals(table))
			.findFirst()
			.map(Table::columns)
			.orElseThrow()
			.stream()
			.map(Column::name)
			.toList();
	}

}
