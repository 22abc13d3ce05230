package dev.schemabootstrap.model;

import java.util.List;

public record Index(String name, List<String> columns, boolean unique) {

	public Index {
		columns = List.copyOf(columns);
	}

}
