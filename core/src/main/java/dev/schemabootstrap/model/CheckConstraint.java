package dev.schemabootstrap.model;

import org.jspecify.annotations.Nullable;

/**
 * A check constraint: the ones Hibernate's own DDL creates for each {@code @Enumerated} column (the allowed names
 * or ordinals, where the dialect has no native enum type), each discriminator column (the allowed discriminator
 * values), and each {@code @Check}.
 *
 * @param name the constraint's name: Hibernate's when it gives one ({@code @Check(name = ...)}), else
 * {@link ConstraintNames#check}; for a live check, the name the database keeps
 * @param column the column the check belongs to, or {@code null} for a table-level check (and for live checks,
 * whose column is not recorded by every database)
 * @param condition the SQL condition without the {@code CHECK} keyword, as Hibernate writes it (or, live, as the
 * database rewrote it)
 */
public record CheckConstraint(String name, @Nullable String column, String condition) {

}
