package dev.schemabootstrap.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Everything a changelog below a directory can read, as one digest: the changelog's path and every file under the
 * directory with its relative path (Liquibase's {@code DirectoryResourceAccessor} reads nothing else, includes
 * and SQL files alike). Equal digests mean the same changesets, so that a kept {@link ScratchDatabase} brought to
 * them once needs no parse of them again.
 */
final class ChangelogDigest {

	/**
	 * Above this many bytes below the directory (large resources beside the changelog), hashing could cost more than
	 * the parse it saves: no digest, the changelog is parsed as before.
	 */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private ChangelogDigest() {
	}

	/**
	 * The digest, or {@code null} when a file cannot be read or the files are too large to be worth it (the caller
	 * then parses the changelog).
	 */
	static @Nullable String of(String changelog, Path root) {
		try (Stream<Path> walk = Files.walk(root)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, changelog);
			List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
			long bytes = 0;
			for (Path file : files) {
				bytes += Files.size(file);
				if (bytes > MAX_BYTES) {
					return null;
				}
			}
			for (Path file : files) {
				update(digest, root.relativize(file).toString());
				digest.update(Files.readAllBytes(file));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException | UncheckedIOException ex) {
			return null;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A name followed by a separator no path holds, so that names and contents cannot run into each other. */
	private static void update(MessageDigest digest, String name) {
		digest.update(name.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

}
