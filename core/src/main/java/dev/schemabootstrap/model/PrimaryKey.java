package dev.schemabootstrap.model;

import java.util.List;

public record PrimaryKey(String name, List<String> columns) {

	public PrimaryKey {
		columns = List.copyOf(columns);
	}

}
