package dev.schemabootstrap.model;

/**
 * The schema model and the mapping model of one persistence unit, read from one Hibernate boot.
 */
public record UnitModel(SchemaModel schema, MappingModel mapping) {

}
