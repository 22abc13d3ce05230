package dev.schemabootstrap.sample.customer;

import org.springframework.util.Assert;

/** The body of {@code POST /customers}. */
public record NewCustomer(String name, String email) {

	public NewCustomer {
		Assert.hasText(name, "name is required");
		Assert.hasText(email, "email is required");
	}

}
