package dev.schemabootstrap.sample.inventory;

import org.springframework.util.Assert;

/** The body of {@code POST /purchase-orders/{id}/batches}. */
public record NewBatch(String code, int quantity) {

	public NewBatch {
		Assert.hasText(code, "code is required");
		Assert.isTrue(quantity > 0, "quantity must be positive");
	}

}
