package dev.schemabootstrap.autoconfigure.slice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Shelf {

	@Id
	@GeneratedValue
	Long id;

	@ManyToOne
	Shelf above;

}
