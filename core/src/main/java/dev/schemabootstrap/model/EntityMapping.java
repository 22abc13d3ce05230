package dev.schemabootstrap.model;

/**
 * An entity of the persistence unit and the table that holds its rows.
 */
public record EntityMapping(String entityName, String className, TableName table) {

}
