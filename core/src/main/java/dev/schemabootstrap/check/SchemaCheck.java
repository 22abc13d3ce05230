package dev.schemabootstrap.check;

import java.util.List;

import dev.schemabootstrap.finding.Finding;

/**
 * One kind of problem, looked for in a model. Each implementation reports a single finding id.
 */
public interface SchemaCheck {

	/** The id of the findings this check reports. */
	String id();

	List<Finding> check(CheckContext context);

}
