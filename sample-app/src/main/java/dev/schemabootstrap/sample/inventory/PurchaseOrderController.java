package dev.schemabootstrap.sample.inventory;

import java.net.URI;

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
 * {@code /purchase-orders}: place an order, receive a batch for it (which becomes its current batch), read an
 * order with its current batch.
 */
@RestController
@RequestMapping("/purchase-orders")
class PurchaseOrderController {

	private final Purchasing purchasing;

	PurchaseOrderController(Purchasing purchasing) {
		this.purchasing = purchasing;
	}

	@PostMapping
	ResponseEntity<PurchaseOrderView> create(@RequestBody NewPurchaseOrder request) {
		PurchaseOrderView order = purchasing.order(request);
		return ResponseEntity.created(URI.create("/purchase-orders/" + order.id())).body(order);
	}

	@PostMapping("/{id}/batches")
	ResponseEntity<BatchView> receive(@PathVariable Long id, @RequestBody NewBatch request) {
		BatchView batch = purchasing.receive(id, request).orElseThrow(() -> notFound(id));
		return ResponseEntity.status(HttpStatus.CREATED).body(batch);
	}

	@GetMapping("/{id}")
	PurchaseOrderView get(@PathVariable Long id) {
		return purchasing.find(id).orElseThrow(() -> notFound(id));
	}

	private static ResponseStatusException notFound(Long id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No purchase order " + id);
	}

}
