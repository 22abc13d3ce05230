package dev.schemabootstrap.sample.inventory;

import java.time.Instant;

/** A batch as the API shows it; it names its order by id only, so there is no loop to serialize. */
public record BatchView(Long id, Long purchaseOrderId, String code, int quantity, Instant receivedAt) {

	static BatchView of(Batch batch) {
		return new BatchView(batch.getId(), batch.getPurchaseOrder().getId(), batch.getCode(), batch.getQuantity(),
				batch.getReceivedAt());
	}

}
