package dev.schemabootstrap.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.util.function.SingletonSupplier;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.check.CheckContext;
import dev.schemabootstrap.check.ConflictingSchemaInitializerCheck;
import dev.schemabootstrap.check.UnitEnvironment;
import dev.schemabootstrap.discover.EntityScanner;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.plan.CreationPlanner;

/**
 * The analysis of the application's persistence unit, either from a boot of Hibernate's metadata of its own (up
 * front, before Liquibase and the EntityManagerFactory) or from the model of the EntityManagerFactory's own
 * metadata (once it exists).
 */
interface UnitAnalysis {

	/** Boots Hibernate's metadata for the unit, reads the model and runs every check. */
	SchemaAnalysis analyze();

	/** The analysis of the model an EntityManagerFactory booted for this very unit, if one did. */
	default Optional<SchemaAnalysis> analyze(EntityManagerFactoryModels models) {
		return Optional.empty();
	}

	/**
	 * Starts the classpath scan for entities outside the unit in the background, when the model will only be read
	 * later (from the EntityManagerFactory): it then overlaps Liquibase and the EntityManagerFactory's boot.
	 */
	default void startScanning() {
	}

	/** Findings of the application's settings alone, which need no model (other DDL sources). */
	default Findings settingsFindings() {
		return Findings.NONE;
	}

	/** An analysis that always boots on its own, for example a fixed one in tests. */
	static UnitAnalysis of(Supplier<SchemaAnalysis> analysis) {
		return analysis::get;
	}

	/** The analysis of the unit Spring Boot's EntityManagerFactory manages, with its Hibernate settings. */
	static UnitAnalysis of(PersistenceManagedTypes managedTypes, List<String> mappingResources,
			HibernateSettingsResolver hibernate, Map<String, String> settings, List<String> applicationPackages,
			DataSource dataSource, ClassLoader classLoader) {
		return new ApplicationUnitAnalysis(managedTypes, mappingResources, hibernate, settings, applicationPackages,
				dataSource, classLoader);
	}

	final class ApplicationUnitAnalysis implements UnitAnalysis {

		private final Supplier<PersistenceUnit> unit;

		private final HibernateSettingsResolver hibernate;

		private final Map<String, String> settings;

		private final Supplier<UnitEnvironment> scan;

		private @Nullable CompletableFuture<UnitEnvironment> environment;

		private final DataSource dataSource;

		private final ClassLoader classLoader;

		private ApplicationUnitAnalysis(PersistenceManagedTypes managedTypes, List<String> mappingResources,
				HibernateSettingsResolver hibernate, Map<String, String> settings, List<String> applicationPackages,
				DataSource dataSource, ClassLoader classLoader) {
			this.unit = SingletonSupplier.of(() -> new PersistenceUnit(managedTypes.getManagedClassNames(),
					managedTypes.getManagedPackages(), mappingResources));
			this.hibernate = hibernate;
			this.settings = Map.copyOf(settings);
			this.scan = () -> UnitEnvironment.NONE
				.withScannedEntityClassNames(new EntityScanner(classLoader).entityClassNames(applicationPackages));
			this.dataSource = dataSource;
			this.classLoader = classLoader;
		}

		@Override
		public synchronized void startScanning() {
			if (environment == null) {
				environment = Background.start("entity-scan", scan);
			}
		}

		private UnitEnvironment environment() {
			startScanning();
			return Background.join(environment);
		}

		@Override
		public SchemaAnalysis analyze() {
			return SchemaAnalyzer.standard()
				.analyze(unit.get(), hibernate.resolve(dataSource), settings, classLoader, environment());
		}

		@Override
		public Optional<SchemaAnalysis> analyze(EntityManagerFactoryModels models) {
			Optional<UnitModel> model = models.modelOf(unit.get(), classLoader);
			return model.map((found) -> SchemaAnalyzer.standard().analyze(unit.get(), found, settings,
					environment()));
		}

		@Override
		public Findings settingsFindings() {
			SchemaModel none = new SchemaModel("", List.of(), List.of(), List.of());
			return Findings.of(new ConflictingSchemaInitializerCheck().check(new CheckContext(none,
					new CreationPlanner().plan(none), settings, MappingModel.EMPTY, UnitEnvironment.NONE)));
		}

	}

}
