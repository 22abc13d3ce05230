package dev.schemabootstrap.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChangelogFilesTest {

	@TempDir
	Path directory;

	@Test
	void writesIntoADirectoryItCreatesAndReplacesAWholeFileLeavingNothingElse() throws IOException {
		ChangelogFiles files = ChangelogFiles.in(directory.resolve("out/schema-bootstrap"));
		Path file = files.write("next.yaml", "first");
		assertThat(file).isEqualTo(directory.resolve("out/schema-bootstrap/next.yaml").toAbsolutePath());
		assertThat(files.write("next.yaml", "second")).hasContent("second");
		try (Stream<Path> written = Files.list(file.getParent())) {
			assertThat(written).containsExactly(file);
		}
	}

	@Test
	void aDirectoryThatIsAFileNamesTheFileItCouldNotWrite() throws IOException {
		Path notADirectory = Files.writeString(directory.resolve("out"), "user data");
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> ChangelogFiles.in(notADirectory).write("next.yaml", "text"))
			.withMessageStartingWith("Cannot write " + notADirectory.toAbsolutePath().resolve("next.yaml"));
		assertThat(notADirectory).hasContent("user data");
	}

}
