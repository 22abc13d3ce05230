package dev.schemabootstrap.sample.inventory;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import dev.schemabootstrap.sample.catalog.Product;

public interface StockLevelRepository extends JpaRepository<StockLevel, Long> {

	Optional<StockLevel> findByProduct(Product product);

}
