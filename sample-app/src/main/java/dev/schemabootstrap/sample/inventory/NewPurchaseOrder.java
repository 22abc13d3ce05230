package dev.schemabootstrap.sample.inventory;

import org.springframework.util.Assert;

/** The body of {@code POST /purchase-orders}. */
public record NewPurchaseOrder(String supplier) {

	public NewPurchaseOrder {
		Assert.hasText(supplier, "supplier is required");
	}

}
