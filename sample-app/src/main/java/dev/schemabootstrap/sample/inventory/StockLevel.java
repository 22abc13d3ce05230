package dev.schemabootstrap.sample.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import dev.schemabootstrap.sample.catalog.Product;

/**
 * How many units of a product are in stock. It lives in the {@code inventory} schema and references
 * {@code products} in the default schema: a foreign key across schemas. One-to-one, so {@code product_id} is
 * unique, and that unique constraint is also the index of the foreign key.
 */
@Entity
@Table(name = "stock_levels", schema = "inventory")
public class StockLevel {

	@Id
	@GeneratedValue
	private Long id;

	@OneToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "product_id", nullable = false, foreignKey = @ForeignKey(name = "fk_stock_levels_product"))
	private Product product;

	@Column(name = "on_hand", nullable = false)
	private int onHand;

	protected StockLevel() {
	}

	public StockLevel(Product product, int onHand) {
		this.product = product;
		this.onHand = onHand;
	}

	public void add(int quantity) {
		this.onHand += quantity;
	}

	public Long getId() {
		return id;
	}

	public Product getProduct() {
		return product;
	}

	public int getOnHand() {
		return onHand;
	}

}
