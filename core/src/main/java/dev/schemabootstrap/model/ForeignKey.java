package dev.schemabootstrap.model;

import java.util.List;

/**
 * A foreign key from {@code table.columns} to {@code referencedTable.referencedColumns}.
 *
 * @param optional whether a row may leave the reference empty (some column is nullable): only such a key
 * can be left empty while a cycle of inserts is under way
 * @param deleteCascade whether deleting the referenced row deletes this one
 */
public record ForeignKey(String name, TableName table, List<String> columns, TableName referencedTable,
		List<String> referencedColumns, boolean optional, boolean deleteCascade) {

	public ForeignKey {
		columns = List.copyOf(columns);
		referencedColumns = List.copyOf(referencedColumns);
	}

	public boolean isSelfReference() {
		return table.equals(referencedTable);
	}

}
