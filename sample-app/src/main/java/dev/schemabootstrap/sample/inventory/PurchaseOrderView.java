package dev.schemabootstrap.sample.inventory;

import java.time.Instant;

/** A purchase order and its current batch ({@code null} before the first one is received). */
public record PurchaseOrderView(Long id, String supplier, Instant orderedAt, BatchView currentBatch) {

	static PurchaseOrderView of(PurchaseOrder order) {
		Batch current = order.getCurrentBatch();
		return new PurchaseOrderView(order.getId(), order.getSupplier(), order.getOrderedAt(),
				(current != null) ? BatchView.of(current) : null);
	}

}
