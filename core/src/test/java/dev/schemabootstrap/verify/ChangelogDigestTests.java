package dev.schemabootstrap.verify;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ChangelogDigestTests {

	@TempDir
	Path root;

	@Test
	void sameFilesSameDigestAndAnyChangeAnother() throws Exception {
		Files.createDirectories(root.resolve("db"));
		Files.writeString(root.resolve("db/master.yaml"), "databaseChangeLog: []\n");
		String first = ChangelogDigest.of("db/master.yaml", root);

		assertThat(first).isNotNull().isEqualTo(ChangelogDigest.of("db/master.yaml", root));
		assertThat(ChangelogDigest.of("db/other.yaml", root)).as("another changelog in the same files").isNotEqualTo(first);
		Files.writeString(root.resolve("db/part.sql"), "select 1;");
		String withPart = ChangelogDigest.of("db/master.yaml", root);
		assertThat(withPart).isNotEqualTo(first);
		Files.move(root.resolve("db/part.sql"), root.resolve("part.sql"));
		assertThat(ChangelogDigest.of("db/master.yaml", root)).as("the same bytes under another path")
			.isNotEqualTo(withPart);
	}

	@Test
	void filesTooLargeToBeWorthHashingGiveNoDigest() throws Exception {
		Files.writeString(root.resolve("master.yaml"), "databaseChangeLog: []\n");
		try (RandomAccessFile large = new RandomAccessFile(root.resolve("model.bin").toFile(), "rw")) {
			large.setLength(ChangelogDigest.MAX_BYTES);
		}

		assertThat(ChangelogDigest.of("master.yaml", root)).isNull();
	}

	@Test
	void aDirectoryThatIsNotThereGivesNoDigest() {
		assertThat(ChangelogDigest.of("master.yaml", root.resolve("missing"))).isNull();
	}

}
