package dev.schemabootstrap.sample.customer;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditPaymentRepository extends JpaRepository<CreditPayment, Long> {

	List<CreditPayment> findByCustomerIdOrderByCreatedAtAscIdAsc(UUID customerId);

}
