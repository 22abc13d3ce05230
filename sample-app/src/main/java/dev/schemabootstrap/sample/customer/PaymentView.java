package dev.schemabootstrap.sample.customer;

import java.math.BigDecimal;
import java.time.Instant;

/** A credit payment as the API shows it. */
public record PaymentView(Long id, BigDecimal amount, Instant createdAt) {

	static PaymentView of(CreditPayment payment) {
		return new PaymentView(payment.getId(), payment.getAmount(), payment.getCreatedAt());
	}

}
