package dev.schemabootstrap.sample.customer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers and the payments on their credit accounts.
 */
@Service
@Transactional
public class CustomerAccounts {

	private final CustomerRepository customers;

	private final CreditPaymentRepository payments;

	public CustomerAccounts(CustomerRepository customers, CreditPaymentRepository payments) {
		this.customers = customers;
		this.payments = payments;
	}

	public CustomerView open(NewCustomer request) {
		Customer customer = customers.save(new Customer(request.name(), request.email()));
		return CustomerView.of(customer, List.of());
	}

	public Optional<PaymentView> pay(UUID customerId, NewPayment request) {
		return customers.findById(customerId)
			.map((customer) -> payments.save(new CreditPayment(customer, request.amount())))
			.map(PaymentView::of);
	}

	@Transactional(readOnly = true)
	public Optional<CustomerView> find(UUID customerId) {
		return customers.findById(customerId)
			.map((customer) -> CustomerView.of(customer,
					payments.findByCustomerIdOrderByCreatedAtAscIdAsc(customer.getId())));
	}

}
