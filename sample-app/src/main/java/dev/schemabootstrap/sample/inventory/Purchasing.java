package dev.schemabootstrap.sample.inventory;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase orders and the batches received for them. Receiving a batch writes both sides of the
 * {@code purchase_orders} / {@code batches} cycle: the batch row (NOT NULL reference to its order), then the
 * order's reference to its new current batch.
 */
@Service
@Transactional
public class Purchasing {

	private final PurchaseOrderRepository orders;

	private final BatchRepository batches;

	public Purchasing(PurchaseOrderRepository orders, BatchRepository batches) {
		this.orders = orders;
		this.batches = batches;
	}

	public PurchaseOrderView order(NewPurchaseOrder request) {
		return PurchaseOrderView.of(orders.save(new PurchaseOrder(request.supplier())));
	}

	public Optional<BatchView> receive(Long orderId, NewBatch request) {
		return orders.findById(orderId)
			.map((order) -> batches.save(order.receive(request.code(), request.quantity())))
			.map(BatchView::of);
	}

	@Transactional(readOnly = true)
	public Optional<PurchaseOrderView> find(Long orderId) {
		return orders.findById(orderId).map(PurchaseOrderView::of);
	}

}
