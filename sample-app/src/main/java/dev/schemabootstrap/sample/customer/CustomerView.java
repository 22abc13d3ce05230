package dev.schemabootstrap.sample.customer;

import java.util.List;
import java.util.UUID;

/** A customer and its credit payments, as the API shows them. */
public record CustomerView(UUID id, String name, String email, List<PaymentView> payments) {

	static CustomerView of(Customer customer, List<CreditPayment> payments) {
		return new CustomerView(customer.getId(), customer.getName(), customer.getEmail(),
				payments.stream().map(PaymentView::of).toList());
	}

}
