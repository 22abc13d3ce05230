package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.unindexedforeignkey.Comment;
import dev.schemabootstrap.fixtures.check.unindexedforeignkey.Post;
import dev.schemabootstrap.fixtures.check.unindexedforeignkey.Reaction;

import static org.assertj.core.api.Assertions.assertThat;

class UnindexedForeignKeyCheckTest {

	@Test
	void aForeignKeyWithoutAnIndexIsReportedOnPostgresql() {
		Findings findings = Analyses.on(Analyses.POSTGRESQL, Post.class, Comment.class, Reaction.class)
			.findings()
			.withId(FindingId.UNINDEXED_FOREIGN_KEY.id());
		Finding finding = Analyses.single(findings, "comment.post_id");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("(Comment.post)", "PostgreSQL does not create one")
			.contains("deleting a row of post scans comment");
		assertThat(finding.hint()).contains("@Index(name = \"ix_comment_post_id\", columnList = \"post_id\")");
		assertThat(findings.size()).as("reaction.post_id leads an index").isEqualTo(1);
	}

	@Test
	void databasesThatIndexForeignKeysThemselvesAreNotReported() {
		assertThat(Analyses.h2(Post.class, Comment.class).findings().withId(FindingId.UNINDEXED_FOREIGN_KEY.id()).asList())
			.isEmpty();
		assertThat(Analyses.on(Analyses.MARIADB, Post.class, Comment.class).findings()
			.withId(FindingId.UNINDEXED_FOREIGN_KEY.id()).asList()).isEmpty();
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

}
