package dev.schemabootstrap.autoconfigure.badinput.notes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The smallest model: one table, so that what a bad input did or did not do to the database is easy to see. */
@Entity
@Table(name = "notes")
public class Note {

	@Id
	Long id;

	String text;

}
