package dev.schemabootstrap.check;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.fixtures.check.missingforeignkey.Category;
import dev.schemabootstrap.fixtures.check.missingforeignkey.Product;
import dev.schemabootstrap.fixtures.check.missingforeignkey.Shipment;
import dev.schemabootstrap.fixtures.check.missingforeignkey.Warehouse;

import static org.assertj.core.api.Assertions.assertThat;

class MissingForeignKeyCheckTest {

	@TempDir
	Path directory;

	private final Findings findings = Analyses.h2(Warehouse.class, Category.class, Shipment.class, Product.class)
		.findings()
		.withId(MissingForeignKeyCheck.ID);

	@Test
	void aPlainColumnNamedAfterATableWithItsKeyTypeLacksAForeignKey() {
		Finding finding = Analyses.single(findings, "shipment.warehouse_id");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("(Shipment.warehouseId)", "warehouse.id", "bigint", "no foreign key");
		assertThat(finding.hint()).contains("@ManyToOne @JoinColumn(name = \"warehouse_id\")",
				"missing-foreign-key:shipment.warehouse_id");
	}

	@Test
	void aQualifiedNameEndingInATableNameIsAReferenceToo() {
		assertThat(Analyses.single(findings, "product.parent_category_id").message()).contains("category.id");
	}

	@Test
	void columnsWithoutAMatchingTableOrTypeAndRealAssociationsAreFine() {
		assertThat(findings.asList()).extracting(Finding::subject)
			.containsExactly("product.parent_category_id", "shipment.warehouse_id");
	}


	@Test
	void anIdNamedAfterAnEntityPointsAtItsTableWhateverItsPrefix() {
		Findings prefixed = missing("""
				@Entity @Table(name = "app_monitor") public class Monitor { @Id Long id; Long jobId; }""", """
				@Entity @Table(name = "app_param") public class Param { @Id Long id; Long monitorId; }""", """
				@Entity @Table(name = "app_alert_define") public class AlertDefine { @Id Long id; }""", """
				@Entity @Table(name = "app_alert_define_monitor_bind") public class AlertDefineMonitorBind {
					@Id Long id;
					Long alertDefineId;
					Long monitorId;
					Long externalId;
				}""");
		assertThat(Analyses.single(prefixed, "app_param.monitor_id").message()).contains("(Param.monitorId)",
				"app_monitor.id");
		assertThat(Analyses.single(prefixed, "app_alert_define_monitor_bind.alert_define_id").message())
			.contains("app_alert_define.id");
		assertThat(prefixed.asList()).extracting(Finding::subject)
			.containsExactlyInAnyOrder("app_param.monitor_id", "app_alert_define_monitor_bind.alert_define_id",
					"app_alert_define_monitor_bind.monitor_id");
	}

	@Test
	void theSamePrefixOrSuffixOnMostTablesIsNotPartOfTheName() {
		Findings suffixed = missing("""
				@Entity @Table(name = "monitor_tab") public class MonitorRow { @Id Long id; }""", """
				@Entity @Table(name = "param_tab") public class ParamRow { @Id Long id; Long monitorId; Long jobId; }""",
				"""
						@Entity @Table(name = "tag_tab") public class TagRow { @Id Long id; }""");
		assertThat(Analyses.single(suffixed, "param_tab.monitor_id").message()).contains("monitor_tab.id");
		assertThat(suffixed.size()).isEqualTo(1);
		Findings prefixed = missing("""
				@Entity @Table(name = "t_monitor") public class MonitorRow { @Id Long id; }""", """
				@Entity @Table(name = "t_param") public class ParamRow { @Id Long id; Long parentMonitorId; }""",
				"""
						@Entity public class Note { @Id Long id; }""");
		assertThat(Analyses.single(prefixed, "t_param.parent_monitor_id").message()).contains("t_monitor.id");
	}

	@Test
	void aPrefixOfFewTablesOrOneThatIsATableNameIsPartOfTheName() {
		assertThat(missing("""
				@Entity @Table(name = "x_monitor") public class MonitorRow { @Id Long id; }""", """
				@Entity public class Param { @Id Long id; Long monitorId; }""", """
				@Entity public class Tag { @Id Long id; }""").asList()).isEmpty();
		assertThat(missing("""
				@Entity @Table(name = "users") public class Account { @Id Long id; }""", """
				@Entity @Table(name = "users_role") public class Grant { @Id Long id; }""", """
				@Entity @Table(name = "users_group") public class Team { @Id Long id; Long roleId; }""").asList())
			.isEmpty();
	}

	@Test
	void twoEquallyLikelyTargetsOrAKeyOfAnotherTypeMeanNoFinding() {
		assertThat(missing("""
				@Entity @Table(name = "app_monitor") public class Monitor { @Id Long id; }""", """
				@Entity @Table(name = "monitors") public class MonitorArchive { @Id Long id; }""", """
				@Entity @Table(name = "app_param") public class Param { @Id Long id; Long monitorId; }""").asList())
			.isEmpty();
		assertThat(missing("""
				@Entity @Table(name = "app_monitor") public class Monitor { @Id String id; }""", """
				@Entity @Table(name = "app_param") public class Param { @Id Long id; Long monitorId; }""").asList())
			.isEmpty();
	}

	@Test
	void theKeyTypeDecidesBetweenTwoTablesOfOneName() {
		Findings findings = missing("""
				@Entity @Table(name = "app_monitor") public class Monitor { @Id Long id; }""", """
				@Entity @Table(name = "monitors") public class MonitorArchive { @Id String id; }""", """
				@Entity @Table(name = "app_param") public class Param { @Id Long id; Long monitorId; }""");
		assertThat(Analyses.single(findings, "app_param.monitor_id").message()).contains("app_monitor.id");
	}

	private Findings missing(String... sources) {
		Path classes = directory.resolve("classes" + System.identityHashCode(sources));
		return CompiledEntities.h2(classes, sources).findings().withId(MissingForeignKeyCheck.ID);
	}

}
