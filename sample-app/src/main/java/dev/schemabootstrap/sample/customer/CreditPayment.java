package dev.schemabootstrap.sample.customer;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A payment on a customer's credit account. Its {@code customer_id} references the customer's UUID key: the
 * table must be created after {@code customers}.
 */
@Entity
@Table(name = "credit_payments",
		indexes = @Index(name = "ix_credit_payments_customer_id", columnList = "customer_id"))
public class CreditPayment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "customer_id", nullable = false,
			foreignKey = @ForeignKey(name = "fk_credit_payments_customer"))
	private Customer customer;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal amount;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected CreditPayment() {
	}

	public CreditPayment(Customer customer, BigDecimal amount) {
		this.customer = customer;
		this.amount = amount;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Customer getCustomer() {
		return customer;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
