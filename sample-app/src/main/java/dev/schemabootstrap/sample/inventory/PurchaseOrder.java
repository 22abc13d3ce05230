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

/**
 * An order to a supplier, in the {@code inventory} schema. It points at the batch currently being received, and
 * every batch points back at its order: a cycle of foreign keys. This side is nullable, so an order can be
 * inserted before its first batch exists.
 */
@Entity
@Table(name = "purchase_orders", schema = "inventory",
		indexes = @Index(name = "ix_purchase_orders_current_batch_id", columnList = "current_batch_id"))
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 100)
	private String supplier;

	@Column(name = "ordered_at", nullable = false)
	private Instant orderedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "current_batch_id", foreignKey = @ForeignKey(name = "fk_purchase_orders_current_batch"))
	private Batch currentBatch;

	protected PurchaseOrder() {
	}

	public PurchaseOrder(String supplier) {
		this.supplier = supplier;
		this.orderedAt = Instant.now();
	}

	/** Receives a new batch for this order; it becomes the current batch. The caller persists it. */
	public Batch receive(String code, int quantity) {
		Batch batch = new Batch(this, code, quantity);
		this.currentBatch = batch;
		return batch;
	}

	public Long getId() {
		return id;
	}

	public String getSupplier() {
		return supplier;
	}

	public Instant getOrderedAt() {
		return orderedAt;
	}

	public Batch getCurrentBatch() {
		return currentBatch;
	}

}
