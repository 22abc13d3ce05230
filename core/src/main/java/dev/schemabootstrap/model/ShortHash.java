package dev.schemabootstrap.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The first bytes of a text's SHA-256, in hex: stable across runs and machines, for the names and ids that must stay
 * unique when a long name is cut or a file of changesets needs a tag of its own.
 */
public final class ShortHash {

	private ShortHash() {
	}

	/** The first {@code bytes} bytes of the SHA-256 of the text, as {@code 2 * bytes} hex digits. */
	public static String of(String text, int bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
