package dev.schemabootstrap.model;

import java.util.Comparator;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The name of a table or sequence, with its schema when it has one. A {@code null} schema means the
 * connection's default schema.
 */
public record TableName(@Nullable String schema, String name) implements Comparable<TableName> {

	private static final Comparator<TableName> ORDER = Comparator
		.comparing((TableName n) -> n.schema() == null ? "" : n.schema())
		.thenComparing(TableName::name);

	public TableName {
		Objects.requireNonNull(name, "name");
	}

	public static TableName of(String qualified) {
		int dot = qualified.indexOf('.');
		return dot < 0 ? new TableName(null, qualified)
				: new TableName(qualified.substring(0, dot), qualified.substring(dot + 1));
	}

	@Override
	public int compareTo(TableName other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return schema == null ? name : schema + "." + name;
	}

}
