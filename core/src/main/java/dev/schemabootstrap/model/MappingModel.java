package dev.schemabootstrap.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How entities map onto the schema: attributes, the columns they own, associations and their owning sides,
 * quoted names, and the mappings Hibernate refused. The {@link SchemaModel} says what the schema is; this says
 * which Java code made it so.
 *
 * @param quotedTables tables whose name Hibernate quotes in its SQL
 * @param quotedColumns columns whose name Hibernate quotes in its SQL
 * @param keywords the table and column names, in lower case, that are keywords of the dialect, which Hibernate
 * quotes when {@code hibernate.auto_quote_keyword} is set
 * @param problems mappings Hibernate refused to boot with
 * @param excludedClassNames classes left out of the model because of a problem or because they depend on a
 * class that was
 */
public record MappingModel(List<MappedEntity> entities, List<ColumnMapping> columns,
		List<Association> associations, Set<TableName> quotedTables, Set<ColumnRef> quotedColumns,
		Set<String> keywords, List<BootProblem> problems, List<String> excludedClassNames) {

	/** Nothing known about the mapping (a model that was not read from Hibernate). */
	public static final MappingModel EMPTY = new MappingModel(List.of(), List.of(), List.of(), Set.of(), Set.of(),
			Set.of(), List.of(), List.of());

	public MappingModel {
		entities = List.copyOf(entities);
		columns = List.copyOf(columns);
		associations = List.copyOf(associations);
		quotedTables = Set.copyOf(quotedTables);
		quotedColumns = Set.copyOf(quotedColumns);
		keywords = Set.copyOf(keywords);
		problems = List.copyOf(problems);
		excludedClassNames = List.copyOf(new TreeSet<>(excludedClassNames));
	}

	public Map<String, MappedEntity> entitiesByClassName() {
		return entities.stream().collect(Collectors.toMap(MappedEntity::className, Function.identity()));
	}

	/** The attributes mapping each column, by {@link ColumnRef#key()}. */
	public Map<String, List<ColumnMapping>> columnsByKey() {
		return columns.stream().collect(Collectors.groupingBy((mapping) -> mapping.column().key()));
	}

	/** {@code Entity.attribute} for each attribute mapping the column, sorted; empty when none does. */
	public static List<String> attributes(Map<String, List<ColumnMapping>> columnsByKey, ColumnRef column) {
		return columnsByKey.getOrDefault(column.key(), List.of())
			.stream()
			.map(ColumnMapping::subject)
			.distinct()
			.sorted()
			.toList();
	}

	public boolean isQuoted(TableName table) {
		return quotedTables.contains(table);
	}

	public boolean isQuoted(ColumnRef column) {
		return quotedColumns.contains(column);
	}

	/** Whether Hibernate quotes the name when {@code hibernate.auto_quote_keyword} is set. */
	public boolean isKeyword(String name) {
		return keywords.contains(name.toLowerCase(Locale.ROOT));
	}

}
