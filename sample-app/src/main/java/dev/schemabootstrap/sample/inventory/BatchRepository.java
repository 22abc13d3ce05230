package dev.schemabootstrap.sample.inventory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BatchRepository extends JpaRepository<Batch, Long> {

	Optional<Batch> findByCode(String code);

	List<Batch> findByPurchaseOrderOrderById(PurchaseOrder purchaseOrder);

}
