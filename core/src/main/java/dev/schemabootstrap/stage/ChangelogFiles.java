package dev.schemabootstrap.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes changelogs into one directory ({@code changelog.output-dir} at startup, the plugin's
 * {@code outputDirectory}), for Liquibase or for review.
 * <p>
 * Instances sharing the directory (replicas started at once) may read a file while another writes it: a complete
 * file is moved into place in one step, so readers see the old or the new one whole.
 */
public final class ChangelogFiles implements NextChangeSets.Output {

	private final Path directory;

	private ChangelogFiles(Path directory) {
		this.directory = directory.toAbsolutePath();
	}

	public static ChangelogFiles in(Path directory) {
		return new ChangelogFiles(directory);
	}

	public Path directory() {
		return directory;
	}

	/**
	 * Writes a file of the directory, creating the directory when needed.
	 * @return where it was written
	 * @throws UncheckedIOException naming the file when it cannot be written
	 */
	@Override
	public Path write(String fileName, String text) {
		Path file = directory.resolve(fileName);
		try {
			write(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
		return file;
	}

	/** Writes a file in one step: to a temporary file beside it, then moved into place. */
	public static void write(Path file, String text) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".partial");
		try {
			Files.writeString(partial, text, StandardCharsets.UTF_8);
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

}
