package dev.schemabootstrap.check;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** Each model is stated beside what is asserted of it, compiled in the test ({@link CompiledEntities}). */
class NameCollisionCheckTest {

	/** Two tables, each with an index named ix_code. */
	private static final String[] ONE_INDEX_NAME_TWICE = { """
			@Entity
			@Table(indexes = @Index(name = "ix_code", columnList = "code"))
			public class Batch {
				@Id Long id;
				String code;
			}
			""", """
			@Entity
			@Table(indexes = @Index(name = "ix_code", columnList = "code"))
			public class Lot {
				@Id Long id;
				String code;
			}
			""" };

	/** Two index names equal in their first 63 characters. */
	private static final String SHELF = """
			@Entity
			@Table(indexes = {
					@Index(name = "ix_shelf_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_one",
							columnList = "label"),
					@Index(name = "ix_shelf_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_two",
							columnList = "position") })
			public class Shelf {
				@Id Long id;
				String label;
				int position;
			}
			""";

	@TempDir
	Path classes;

	@Test
	void twoIndexesWithOneNameInOneSchemaCollide() {
		Findings findings = collisions(CompiledEntities.h2(classes, ONE_INDEX_NAME_TWICE));

		Finding finding = Analyses.single(findings, "ix_code");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("index ix_code of batch", "index ix_code of lot");
		assertThat(finding.hint()).contains("distinct name");
	}

	@Test
	void indexNamesArePerTableOnMysql() {
		assertThat(collisions(CompiledEntities.on(Analyses.MYSQL, classes, ONE_INDEX_NAME_TWICE)).asList()).isEmpty();
	}

	@Test
	void namesThatPostgresqlCutsToTheSamePrefixCollide() {
		Findings findings = collisions(CompiledEntities.on(Analyses.POSTGRESQL, classes, SHELF));

		Finding finding = Analyses.single(findings,
				"ix_shelf_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_one");
		assertThat(finding.message()).contains("PostgreSQL cuts them to 63 characters");
	}

	@Test
	void longNamesThatDifferAreDistinctOnH2() {
		assertThat(collisions(CompiledEntities.h2(classes, SHELF)).asList()).isEmpty();
	}

	@Test
	void distinctIndexNamesAreFineOnEveryDatabase() {
		List<Class<?>> model = CompiledEntities.compile(classes, """
				@Entity
				@Table(indexes = @Index(name = "ix_batch_code", columnList = "code"))
				public class Batch {
					@Id Long id;
					String code;
				}
				""", """
				@Entity
				@Table(indexes = @Index(name = "ix_lot_code", columnList = "code"))
				public class Lot {
					@Id Long id;
					String code;
				}
				""");

		assertThat(collisions(Analyses.h2(model)).asList()).isEmpty();
		assertThat(collisions(Analyses.on(Analyses.POSTGRESQL, model)).asList()).isEmpty();
		assertThat(collisions(Analyses.on(Analyses.MYSQL, model)).asList()).isEmpty();
	}

	private static Findings collisions(SchemaAnalysis analysis) {
		return analysis.findings().withId(FindingId.NAME_COLLISION.id());
	}

}
