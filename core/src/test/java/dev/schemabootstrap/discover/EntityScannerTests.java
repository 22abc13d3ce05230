package dev.schemabootstrap.discover;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.fixtures.managed.Audited;
import dev.schemabootstrap.fixtures.managed.Invoice;
import dev.schemabootstrap.fixtures.managed.Money;
import dev.schemabootstrap.fixtures.managed.YesNoConverter;
import dev.schemabootstrap.fixtures.store.Batch;
import dev.schemabootstrap.fixtures.store.Category;
import dev.schemabootstrap.fixtures.store.CreditPayment;
import dev.schemabootstrap.fixtures.store.Customer;
import dev.schemabootstrap.fixtures.store.PurchaseOrder;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.hibernate.HibernateModelFactory;
import dev.schemabootstrap.testing.H2Models;

import static org.assertj.core.api.Assertions.assertThat;

class EntityScannerTests {

	private static final String STORE = "dev.schemabootstrap.fixtures.store";

	private static final List<String> STORE_ENTITIES = Stream
		.of(Batch.class, Category.class, CreditPayment.class, Customer.class, PurchaseOrder.class)
		.map(Class::getName)
		.toList();

	private final EntityScanner scanner = new EntityScanner(getClass().getClassLoader());

	@Test
	void scanningAPackageFindsExactlyItsEntities() {
		PersistenceUnit unit = scanner.scan(List.of(STORE));

		assertThat(unit.managedClassNames()).containsExactlyElementsOf(STORE_ENTITIES);
		assertThat(unit.managedPackages()).isEmpty();
	}

	@Test
	void scanningAPackageMissesPackagesThatOnlyShareItsNamePrefix() {
		PersistenceUnit unit = scanner.scan(List.of(STORE));

		assertThat(unit.managedClassNames()).noneMatch((name) -> name.contains("storefront"))
			.allMatch((name) -> name.startsWith(STORE + "."));
		assertThat(scanner.scan(List.of("dev.schemabootstrap.fixtures.storefront")).managedClassNames())
			.containsExactly("dev.schemabootstrap.fixtures.storefront.Storefront");
	}

	@Test
	void scanningFindsEmbeddablesMappedSuperclassesConvertersAndNestedEntitiesButNoPlainClasses() {
		PersistenceUnit unit = scanner.scan(List.of("dev.schemabootstrap.fixtures.managed"));

		assertThat(unit.managedClassNames()).containsExactly(Audited.class.getName(), Invoice.class.getName(),
				Invoice.Line.class.getName(), Money.class.getName(), YesNoConverter.class.getName());
	}

	@Test
	void scannedUnitBuildsTheSchemaModel() {
		PersistenceUnit unit = scanner.scan(List.of("dev.schemabootstrap.fixtures.managed"));

		SchemaModel model = HibernateModelFactory.create(unit, H2Models.SETTINGS, getClass().getClassLoader());

		assertThat(model.tables()).extracting((table) -> table.name().toString())
			.containsExactly("invoice", "invoice_line");
		assertThat(model.table(TableName.of("invoice")).orElseThrow().columns())
			.extracting(Column::name)
			.contains("created_at", "amount", "currency", "paid");
	}

	@Test
	void scanningSeveralPackagesJoinsThemWithoutDuplicates() {
		PersistenceUnit unit = scanner.scan(List.of(STORE, "dev.schemabootstrap.fixtures.storefront", STORE));

		assertThat(unit.managedClassNames()).hasSize(STORE_ENTITIES.size() + 1)
			.containsAll(STORE_ENTITIES)
			.contains("dev.schemabootstrap.fixtures.storefront.Storefront")
			.isSorted();
	}

	@Test
	void packageWithoutEntitiesGivesAnEmptyUnit() {
		PersistenceUnit unit = scanner.scan(List.of("dev.schemabootstrap.fixtures.plain"));

		assertThat(unit.managedClassNames()).isEmpty();
		assertThat(unit.managedPackages()).isEmpty();
	}

	@Test
	void nonexistentPackageGivesAnEmptyUnit() {
		PersistenceUnit unit = scanner.scan(List.of("dev.schemabootstrap.fixtures.nowhere"));

		assertThat(unit.managedClassNames()).isEmpty();
		assertThat(unit.managedPackages()).isEmpty();
	}

	@Test
	void noPackagesGiveAnEmptyUnit() {
		assertThat(scanner.scan(List.of()).managedClassNames()).isEmpty();
	}

	@Test
	void entitiesInsideAJarAreFound(@TempDir Path directory) throws Exception {
		Path jar = directory.resolve("store.jar");
		writeJar(jar, STORE);
		ClassLoader hiding = new HidingClassLoader(getClass().getClassLoader(), STORE);
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, hiding)) {
			assertThat(Collections.list(classLoader.getResources(STORE.replace('.', '/'))))
				.singleElement()
				.satisfies((url) -> assertThat(url.getProtocol()).isEqualTo("jar"));

			PersistenceUnit unit = new EntityScanner(classLoader).scan(List.of(STORE));

			assertThat(unit.managedClassNames()).containsExactlyElementsOf(STORE_ENTITIES);
			assertThat(classLoader.loadClass(STORE_ENTITIES.get(0)).getClassLoader()).isSameAs(classLoader);
		}
	}

	/** A jar of the compiled classes of one package, with directory entries as build tools write them. */
	private void writeJar(Path jar, String packageName) throws Exception {
		String path = packageName.replace('.', '/');
		Path classes = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
				Stream<Path> compiled = Files.list(classes.resolve(path))) {
			String directory = "";
			for (String part : path.split("/")) {
				directory += part + "/";
				out.putNextEntry(new JarEntry(directory));
				out.closeEntry();
			}
			for (Path classFile : compiled.sorted().toList()) {
				out.putNextEntry(new JarEntry(path + "/" + classFile.getFileName()));
				Files.copy(classFile, out);
				out.closeEntry();
			}
		}
	}

	/** Hides one package of its parent, so that a child loader must load it from elsewhere. */
	private static final class HidingClassLoader extends ClassLoader {

		private final String hiddenPackage;

		private final String hiddenPath;

		HidingClassLoader(ClassLoader parent, String hiddenPackage) {
			super(parent);
			this.hiddenPackage = hiddenPackage + ".";
			this.hiddenPath = hiddenPackage.replace('.', '/');
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (name.startsWith(hiddenPackage)) {
				throw new ClassNotFoundException(name);
			}
			return super.loadClass(name, resolve);
		}

		@Override
		public URL getResource(String name) {
			return name.startsWith(hiddenPath) ? null : super.getResource(name);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			return name.startsWith(hiddenPath) ? Collections.emptyEnumeration() : super.getResources(name);
		}

	}

}
