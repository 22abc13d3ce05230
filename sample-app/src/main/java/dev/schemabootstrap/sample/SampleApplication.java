package dev.schemabootstrap.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small store whose schema has the hard cases from real projects: UUID keys referenced by other tables, a
 * self-referencing category tree, purchase orders and batches that reference each other, and a second schema.
 * Schema Bootstrap creates all of it through Liquibase; Hibernate writes no DDL.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
