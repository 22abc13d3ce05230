package dev.schemabootstrap.sample.sales;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.schemabootstrap.sample.catalog.Product;

/**
 * One line of a sale: a product, how many, and the unit price at the time of the sale.
 */
@Entity
@Table(name = "sale_items", indexes = { @Index(name = "ix_sale_items_sale_id", columnList = "sale_id"),
		@Index(name = "ix_sale_items_product_id", columnList = "product_id") })
public class SaleItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "sale_id", nullable = false, foreignKey = @ForeignKey(name = "fk_sale_items_sale"))
	private Sale sale;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "product_id", nullable = false, foreignKey = @ForeignKey(name = "fk_sale_items_product"))
	private Product product;

	@Column(nullable = false)
	private int quantity;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal price;

	/**
	 * The line's position in the sale, in a column named by a reserved word: the mapping quotes it, so Hibernate's SQL
	 * writes {@code "order"} on every database.
	 */
	@Column(name = "\"order\"")
	private Integer order;

	protected SaleItem() {
	}

	SaleItem(Sale sale, Product product, int quantity, BigDecimal price, int order) {
		this.sale = sale;
		this.product = product;
		this.quantity = quantity;
		this.price = price;
		this.order = order;
	}

	BigDecimal lineTotal() {
		return price.multiply(BigDecimal.valueOf(quantity));
	}

	public Long getId() {
		return id;
	}

	public Sale getSale() {
		return sale;
	}

	public Product getProduct() {
		return product;
	}

	public int getQuantity() {
		return quantity;
	}

	public BigDecimal getPrice() {
		return price;
	}

	public Integer getOrder() {
		return order;
	}

}
