package dev.schemabootstrap.model;

public record Sequence(TableName name, long startValue, int incrementBy) {

}
