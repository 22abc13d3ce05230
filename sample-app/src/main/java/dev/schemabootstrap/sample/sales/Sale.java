package dev.schemabootstrap.sample.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dev.schemabootstrap.sample.catalog.Product;
import dev.schemabootstrap.sample.customer.Customer;
import dev.schemabootstrap.sample.user.AppUser;

/**
 * A sale by a member of staff, to a known customer or to a walk-in (no customer). Its items are owned by
 * {@link SaleItem#getSale()}: the collection is {@code mappedBy}, so there is one foreign key, not two.
 */
@Entity
@Table(name = "sales", indexes = { @Index(name = "ix_sales_customer_id", columnList = "customer_id"),
		@Index(name = "ix_sales_seller_id", columnList = "seller_id") })
public class Sale {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_sales_customer"))
	private Customer customer;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "seller_id", nullable = false, foreignKey = @ForeignKey(name = "fk_sales_seller"))
	private AppUser seller;

	@Column(name = "sold_at", nullable = false)
	private Instant soldAt;

	/** Where the sale was made: a native enum type on H2 and MariaDB, a varchar with a check on PostgreSQL. */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Channel channel = Channel.IN_STORE;

	@OneToMany(mappedBy = "sale", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<SaleItem> items = new ArrayList<>();

	protected Sale() {
	}

	public Sale(Customer customer, AppUser seller) {
		this.customer = customer;
		this.seller = seller;
		this.soldAt = Instant.now();
	}

	public SaleItem addItem(Product product, int quantity) {
		SaleItem item = new SaleItem(this, product, quantity, product.getPrice(), items.size() + 1);
		items.add(item);
		return item;
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public BigDecimal total() {
		return items.stream().map(SaleItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public Long getId() {
		return id;
	}

	public Customer getCustomer() {
		return customer;
	}

	public AppUser getSeller() {
		return seller;
	}

	public Instant getSoldAt() {
		return soldAt;
	}

	public List<SaleItem> getItems() {
		return List.copyOf(items);
	}

}
