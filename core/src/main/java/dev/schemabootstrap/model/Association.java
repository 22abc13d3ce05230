package dev.schemabootstrap.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An association attribute of an entity.
 *
 * @param entityName the entity that declares it
 * @param targetClassName the class of the entity it points to
 * @param mappedBy the attribute of the target that owns the association, or {@code null} when this side owns it
 * @param joinTable the join table it writes, or {@code null} when it uses foreign key columns
 * @param columns the foreign key (or join table) columns this side writes; empty when it writes none
 */
public record Association(String entityName, String className, String attribute, Kind kind,
		String targetClassName, @Nullable String mappedBy, @Nullable TableName joinTable, List<ColumnRef> columns) {

	public Association {
		columns = List.copyOf(columns);
	}

	/** Whether this side writes the association: it has no {@code mappedBy} and writes some column. */
	public boolean owning() {
		return mappedBy == null && !columns.isEmpty();
	}

	public String subject() {
		return entityName + "." + attribute;
	}

	/** The JPA annotation that maps the association. */
	public enum Kind {

		MANY_TO_ONE("@ManyToOne"), ONE_TO_ONE("@OneToOne"), ONE_TO_MANY("@OneToMany"), MANY_TO_MANY("@ManyToMany");

		private final String annotation;

		Kind(String annotation) {
			this.annotation = annotation;
		}

		public String annotation() {
			return annotation;
		}

		/** The kind the other side of a bidirectional association has. */
		public Kind mirror() {
			return switch (this) {
				case MANY_TO_ONE -> ONE_TO_MANY;
				case ONE_TO_MANY -> MANY_TO_ONE;
				case ONE_TO_ONE -> ONE_TO_ONE;
				case MANY_TO_MANY -> MANY_TO_MANY;
			};
		}

	}

}
