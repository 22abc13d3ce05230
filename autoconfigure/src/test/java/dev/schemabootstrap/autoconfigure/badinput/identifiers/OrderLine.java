package dev.schemabootstrap.autoconfigure.badinput.identifiers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Names with a space, a quote and non-ASCII letters, each quoted as JPA asks. */
@Entity
@Table(name = "\"order lines\"")
public class OrderLine {

	@Id
	Long id;

	@Column(name = "\"unit price\"")
	Long unitPrice;

	@Column(name = "\"customer's note\"")
	String customersNote;

	@Column(name = "größe")
	String größe;

	protected OrderLine() {
	}

	public OrderLine(Long id, String note, String größe) {
		this.id = id;
		this.unitPrice = 100L;
		this.customersNote = note;
		this.größe = größe;
	}

	public String note() {
		return customersNote + "/" + größe;
	}

}
