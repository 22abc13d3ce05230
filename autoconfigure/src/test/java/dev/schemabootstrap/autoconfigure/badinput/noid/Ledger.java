package dev.schemabootstrap.autoconfigure.badinput.noid;

import jakarta.persistence.Entity;

/** An entity without an identifier: Hibernate cannot map it. */
@Entity
public class Ledger {

	String owner;

	long balance;

}
