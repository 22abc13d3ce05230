package dev.schemabootstrap.sample.customer;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /customers}: open a customer account, add credit payments, read a customer with its payments.
 */
@RestController
@RequestMapping("/customers")
class CustomerController {

	private final CustomerAccounts accounts;

	CustomerController(CustomerAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping
	ResponseEntity<CustomerView> create(@RequestBody NewCustomer request) {
		CustomerView customer = accounts.open(request);
		return ResponseEntity.created(URI.create("/customers/" + customer.id())).body(customer);
	}

	@PostMapping("/{id}/payments")
	ResponseEntity<PaymentView> pay(@PathVariable UUID id, @RequestBody NewPayment request) {
		PaymentView payment = accounts.pay(id, request).orElseThrow(() -> notFound(id));
		return ResponseEntity.status(HttpStatus.CREATED).body(payment);
	}

	@GetMapping("/{id}")
	CustomerView get(@PathVariable UUID id) {
		return accounts.find(id).orElseThrow(() -> notFound(id));
	}

	private static ResponseStatusException notFound(UUID id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No customer " + id);
	}

}
