package dev.schemabootstrap.crashtest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "accounts")
public class Account {

	@Id
	private Long id;

	@Column(nullable = false, length = 100)
	private String name;

	protected Account() {
	}

}
