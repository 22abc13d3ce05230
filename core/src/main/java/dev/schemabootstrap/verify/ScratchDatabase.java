package dev.schemabootstrap.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.DatabaseKind;

/**
 * The embedded H2 database an application's changelog is replayed on to learn what it creates, never the
 * application's own database. Given a directory, it is kept there between runs, so that a run applies only the
 * changesets added since the last one: replaying 1,840 changesets takes seconds, finding them applied a fraction.
 * It is a cache and nothing more: {@link ChangelogVerifier} rebuilds it whenever its history differs from the
 * changelog, and a file that cannot be opened (another build holds it, another H2 version wrote it) gives way to
 * a database in memory.
 *
 * @param file where it is kept, or {@code null} for a new database in memory
 * @param compatibilityMode H2's URL settings for the changelog's database, {@code ""} or for example
 * {@code ";MODE=PostgreSQL"}
 */
public record ScratchDatabase(@Nullable Path file, String compatibilityMode) {

	/** A new, empty database in memory, gone when its connection closes. */
	public static ScratchDatabase inMemory(String compatibilityMode) {
		return new ScratchDatabase(null, compatibilityMode);
	}

	/** A database kept in {@code directory}, one per compatibility mode, so that changelogs for two kinds never share one. */
	public static ScratchDatabase keptIn(Path directory, String compatibilityMode) {
		String mode = compatibilityMode.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
		return new ScratchDatabase(directory.toAbsolutePath().resolve(mode.isEmpty() ? "scratch" : "scratch-" + mode),
				compatibilityMode);
	}

	/** H2's settings to speak the dialect of the database a changelog is written for, as far as it can. */
	public static String compatibilityMode(DatabaseKind kind) {
		return switch (kind) {
			case POSTGRESQL -> ";MODE=PostgreSQL";
			case MARIADB -> ";MODE=MariaDB";
			case MYSQL -> ";MODE=MySQL";
			default -> "";
		};
	}

	/** Whether it lives in a file and may hold an earlier run's changesets. */
	public boolean kept() {
		return file != null;
	}

	public String url() {
		return (file != null ? "jdbc:h2:file:" + file : "jdbc:h2:mem:schema-bootstrap-" + UUID.randomUUID())
				+ compatibilityMode;
	}

	/** A connection, or {@code null} when a kept file cannot be opened (the caller then uses one in memory). */
	@Nullable Connection connectIfPossible() throws SQLException {
		if (file == null) {
			return DriverManager.getConnection(url());
		}
		try {
			Files.createDirectories(file.getParent());
			return DriverManager.getConnection(url());
		}
		catch (SQLException | IOException ex) {
			return null;
		}
	}

	/**
	 * What the last run brought a kept database to: the {@link ChangelogDigest} of the changelog's files and the
	 * number of changesets then applied, or {@code null} when unknown (in memory, never recorded, forgotten).
	 */
	@Nullable String recordedState() {
		Path state = stateFile();
		try {
			return state != null && Files.isRegularFile(state) ? Files.readString(state) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Records the state once the database is brought to it; a kept database that cannot record it just parses again. */
	void recordState(String state) {
		Path file = stateFile();
		if (file != null) {
			try {
				Files.writeString(file, state);
			}
			catch (IOException ex) {
				forgetState();
			}
		}
	}

	/** Forgets the state, before the database changes. */
	void forgetState() {
		Path file = stateFile();
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Schema Bootstrap could not delete " + file
						+ ", which says what its scratch database holds; delete it by hand", ex);
			}
		}
	}

	private @Nullable Path stateFile() {
		return file != null ? file.resolveSibling(file.getFileName() + ".state") : null;
	}

	/** Empties the database, for a replay from the first changeset. */
	static void wipe(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP ALL OBJECTS");
		}
	}

}
