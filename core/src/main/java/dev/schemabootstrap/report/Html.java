package dev.schemabootstrap.report;

import java.util.Locale;

/**
 * Escaping for text and attribute values in HTML and inline SVG. Everything outside printable ASCII becomes a
 * numeric character reference, so the page reads the same whatever charset it is served with, and control
 * characters (which no page may contain) become U+FFFD.
 */
final class Html {

	private Html() {
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((codePoint) -> append(escaped, codePoint));
		return escaped.toString();
	}

	private static void append(StringBuilder escaped, int codePoint) {
		switch (codePoint) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			case '\n', '\t' -> escaped.append((char) codePoint);
			default -> {
				if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)
						|| (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
					escaped.append("&#xFFFD;");
				}
				else if (codePoint > 0x7E) {
					escaped.append("&#x").append(Integer.toHexString(codePoint).toUpperCase(Locale.ROOT))
						.append(';');
				}
				else {
					escaped.append((char) codePoint);
				}
			}
		}
	}

}
