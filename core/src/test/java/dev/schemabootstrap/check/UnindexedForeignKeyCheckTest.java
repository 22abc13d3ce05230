package dev.schemabootstrap.check;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
class UnindexedForeignKeyCheckTest {

	private static final String POST = """
			@Entity
			public class Post {
				@Id Long id;
			}
			""";

	/** No index on post_id. */
	private static final String COMMENT = """
			@Entity
			public class Comment {
				@Id Long id;
				@ManyToOne Post post;
			}
			""";

	@TempDir
	Path classes;

	@Test
	void aForeignKeyWithoutAnIndexIsReportedOnPostgresql() {
		Findings findings = unindexed(CompiledEntities.on(Analyses.POSTGRESQL, classes, POST, COMMENT));

		Finding finding = Analyses.single(findings, "comment.post_id");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("(Comment.post)", "PostgreSQL does not create one")
			.contains("deleting a row of post scans comment");
		assertThat(finding.hint()).contains("@Index(name = \"ix_comment_post_id\", columnList = \"post_id\")");
		assertThat(findings.size()).isEqualTo(1);
	}

	@Test
	void aForeignKeyThatLeadsAnIndexIsFineOnPostgresql() {
		Findings findings = unindexed(CompiledEntities.on(Analyses.POSTGRESQL, classes, POST, """
				@Entity
				@Table(indexes = @Index(name = "ix_reaction_post_id_kind", columnList = "post_id, kind"))
				public class Reaction {
					@Id Long id;
					@ManyToOne Post post;
					String kind;
				}
				"""));

		assertThat(findings.asList()).isEmpty();
	}

	@Test
	void databasesThatIndexForeignKeysThemselvesAreNotReported() {
		List<Class<?>> model = CompiledEntities.compile(classes, POST, COMMENT);

		assertThat(unindexed(Analyses.h2(model)).asList()).isEmpty();
		assertThat(unindexed(Analyses.on(Analyses.MARIADB, model)).asList()).isEmpty();
	}

	@Test
	void h2CreatesAnIndexForEveryForeignKey() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:unindexed-foreign-key");
				Statement statement = connection.createStatement()) {
			statement.execute("create table post (id bigint primary key)");
			statement.execute("create table comment (id bigint primary key, post_id bigint,"
					+ " constraint fk_comment_post foreign key (post_id) references post (id))");
			ResultSet indexes = statement.executeQuery("select count(*) from information_schema.index_columns"
					+ " where table_name = 'COMMENT' and column_name = 'POST_ID'");
			indexes.next();
			assertThat(indexes.getInt(1)).isEqualTo(1);
		}
	}

	private static Findings unindexed(SchemaAnalysis analysis) {
		return analysis.findings().withId(FindingId.UNINDEXED_FOREIGN_KEY.id());
	}

}
