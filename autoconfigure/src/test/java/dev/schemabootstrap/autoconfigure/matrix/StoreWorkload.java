package dev.schemabootstrap.autoconfigure.matrix;

import java.math.BigDecimal;
import java.util.UUID;

import dev.schemabootstrap.autoconfigure.fixtures.store.AppUser;
import dev.schemabootstrap.autoconfigure.fixtures.store.Batch;
import dev.schemabootstrap.autoconfigure.fixtures.store.Category;
import dev.schemabootstrap.autoconfigure.fixtures.store.CreditPayment;
import dev.schemabootstrap.autoconfigure.fixtures.store.Customer;
import dev.schemabootstrap.autoconfigure.fixtures.store.Product;
import dev.schemabootstrap.autoconfigure.fixtures.store.PurchaseOrder;
import dev.schemabootstrap.autoconfigure.fixtures.store.Sale;
import dev.schemabootstrap.autoconfigure.fixtures.store.SaleItem;
import dev.schemabootstrap.autoconfigure.fixtures.store.StockLevel;
import dev.schemabootstrap.autoconfigure.matrix.DatabaseMatrixScenario.Jpa;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows of the store model through JPA: in, back, refused when they break a key, and out again. */
final class StoreWorkload {

	private final Jpa jpa;

	private Long user;

	private UUID customer;

	private Long payment;

	private Long rootCategory;

	private Long category;

	private Long product;

	private Long stock;

	private Long sale;

	private Long walkInSale;

	private Long order;

	private Long batch;

	StoreWorkload(Jpa jpa) {
		this.jpa = jpa;
	}

	void run() {
		insert();
		insertStockLevel();
		closeTheCycle();
		readBack();
		refuseBrokenReferences();
		delete();
	}

	private void insert() {
		jpa.write((em) -> {
			AppUser seller = new AppUser("ada", "Ada Lovelace");
			em.persist(seller);
			Customer buyer = new Customer("Grace", "grace@example.com");
			em.persist(buyer);
			CreditPayment credit = new CreditPayment(buyer, new BigDecimal("12.50"));
			em.persist(credit);
			Category root = new Category("Coffee", null);
			em.persist(root);
			Category beans = new Category("Beans", root);
			em.persist(beans);
			Product bag = new Product("BEAN-1", new BigDecimal("9.90"), beans);
			em.persist(bag);
			Sale known = new Sale(buyer, seller);
			known.addItem(bag, 2);
			em.persist(known);
			Sale walkIn = new Sale(null, seller);
			walkIn.addItem(bag, 1);
			em.persist(walkIn);
			// The cycle's nullable edge stays empty: the order goes in before its first batch.
			PurchaseOrder purchase = new PurchaseOrder("Acme Beans");
			em.persist(purchase);
			em.flush();
			user = seller.id;
			customer = buyer.id;
			payment = credit.id;
			rootCategory = root.id;
			category = beans.id;
			product = bag.id;
			sale = known.id;
			walkInSale = walkIn.id;
			order = purchase.id;
		});
	}

	/**
	 * The stock level's id comes from a sequence; on SQLite Hibernate takes it from a {@code *_seq} table through a
	 * second connection, which SQLite's one writer refuses ({@code SQLITE_BUSY}) once this transaction has written.
	 * So it goes in first in a transaction of its own, the product by reference (no read either, which would pin a
	 * snapshot the second connection then invalidates).
	 */
	private void insertStockLevel() {
		jpa.write((em) -> {
			StockLevel level = new StockLevel(em.getReference(Product.class, product), 5);
			em.persist(level);
			em.flush();
			stock = level.id;
		});
	}

	private void closeTheCycle() {
		jpa.write((em) -> {
			PurchaseOrder purchase = em.find(PurchaseOrder.class, order);
			Batch lot = new Batch(purchase, "LOT-1");
			em.persist(lot);
			purchase.currentBatch = lot;
			em.flush();
			batch = lot.id;
		});
	}

	private void readBack() {
		jpa.write((em) -> {
			em.clear();
			Sale known = em.find(Sale.class, sale);
			assertThat(known.customer.id).isEqualTo(customer);
			assertThat(known.seller.username).isEqualTo("ada");
			assertThat(known.soldAt).isNotNull();
			assertThat(known.items).singleElement().satisfies((item) -> {
				assertThat(item.product.id).isEqualTo(product);
				assertThat(item.quantity).isEqualTo(2);
				assertThat(item.price).isEqualByComparingTo("9.90");
			});
			assertThat(em.find(Sale.class, walkInSale).customer).isNull();
			assertThat(em.find(CreditPayment.class, payment).customer.email).isEqualTo("grace@example.com");
			assertThat(em.find(CreditPayment.class, payment).amount).isEqualByComparingTo("12.50");
			assertThat(em.find(Category.class, category).parent.name).isEqualTo("Coffee");
			assertThat(em.find(Product.class, product).category.id).isEqualTo(category);
			assertThat(em.find(StockLevel.class, stock).product.sku).isEqualTo("BEAN-1");
			PurchaseOrder purchase = em.find(PurchaseOrder.class, order);
			assertThat(purchase.currentBatch.code).isEqualTo("LOT-1");
			assertThat(purchase.currentBatch.purchaseOrder).isSameAs(purchase);
		});
	}

	private void refuseBrokenReferences() {
		// Each edge of the cycle, the self-reference, a key across schemas, and the NOT NULL references.
		jpa.refused("update " + jpa.table("inventory", "purchase_orders") + " set current_batch_id = ? where id = ?",
				999_999L, order);
		jpa.refused("update " + jpa.table("inventory", "batches") + " set purchase_order_id = ? where id = ?",
				999_999L, batch);
		jpa.refused("update " + jpa.table("inventory", "stock_levels") + " set product_id = ? where id = ?",
				999_999L, stock);
		jpa.refused("update categories set parent_id = ? where id = ?", 999_999L, category);
		jpa.refused("update sale_items set product_id = ?", 999_999L);
		jpa.refused("update sales set seller_id = ? where id = ?", 999_999L, sale);
		jpa.refused("delete from users where id = ?", user);
		// A UUID reference through JPA: Hibernate writes the key of a reference it never loads.
		jpa.refused(() -> jpa.write((em) -> {
			em.persist(new CreditPayment(em.getReference(Customer.class, UUID.randomUUID()), BigDecimal.ONE));
			em.flush();
		}));
		assertThat(jpa.count(CreditPayment.class)).isOne();
	}

	private void delete() {
		jpa.write((em) -> {
			PurchaseOrder purchase = em.find(PurchaseOrder.class, order);
			purchase.currentBatch = null;
			em.flush();
			em.remove(em.find(Batch.class, batch));
			em.remove(purchase);
			em.flush();
			em.remove(em.find(Sale.class, sale));
			em.remove(em.find(Sale.class, walkInSale));
			em.remove(em.find(CreditPayment.class, payment));
			em.remove(em.find(StockLevel.class, stock));
			em.flush();
			em.remove(em.find(Product.class, product));
			em.remove(em.find(Category.class, category));
			em.flush();
			em.remove(em.find(Category.class, rootCategory));
			em.remove(em.find(Customer.class, customer));
			em.remove(em.find(AppUser.class, user));
		});
		for (Class<?> entity : new Class<?>[] { AppUser.class, Customer.class, CreditPayment.class, Category.class,
				Product.class, StockLevel.class, Sale.class, SaleItem.class, PurchaseOrder.class, Batch.class }) {
			assertThat(jpa.count(entity)).as(entity.getSimpleName()).isZero();
		}
	}

}
