package dev.schemabootstrap.sample.inventory;

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
import jakarta.persistence.UniqueConstraint;

/**
 * A batch (lot) of goods received for a purchase order. Its reference to the order is NOT NULL; the order's
 * reference back to its current batch closes the cycle.
 */
@Entity
@Table(name = "batches", schema = "inventory",
		uniqueConstraints = @UniqueConstraint(name = "uk_batches_code", columnNames = "code"),
		indexes = @Index(name = "ix_batches_purchase_order_id", columnList = "purchase_order_id"))
public class Batch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "purchase_order_id", nullable = false,
			foreignKey = @ForeignKey(name = "fk_batches_purchase_order"))
	private PurchaseOrder purchaseOrder;

	@Column(nullable = false, length = 40)
	private String code;

	@Column(nullable = false)
	private int quantity;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	protected Batch() {
	}

	Batch(PurchaseOrder purchaseOrder, String code, int quantity) {
		this.purchaseOrder = purchaseOrder;
		this.code = code;
		this.quantity = quantity;
		this.receivedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public PurchaseOrder getPurchaseOrder() {
		return purchaseOrder;
	}

	public String getCode() {
		return code;
	}

	public int getQuantity() {
		return quantity;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

}
