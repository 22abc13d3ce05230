package dev.schemabootstrap.sample.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {

	Optional<Category> findByName(String name);

	List<Category> findByParentOrderByName(Category parent);

}
