package dev.schemabootstrap.autoconfigure.badinput.identifiers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A table name of non-ASCII letters, not quoted. */
@Entity
@Table(name = "bücherregal")
public class Bücherregal {

	@Id
	Long id;

	String straße;

}
