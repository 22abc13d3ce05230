package dev.schemabootstrap.sample.customer;

import java.math.BigDecimal;

import org.springframework.util.Assert;

/** The body of {@code POST /customers/{id}/payments}. */
public record NewPayment(BigDecimal amount) {

	public NewPayment {
		Assert.isTrue(amount != null && amount.signum() > 0, "amount must be positive");
	}

}
