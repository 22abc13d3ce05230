package dev.schemabootstrap.check;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** Each model is stated beside what is asserted of it, compiled in the test ({@link CompiledEntities}). */
class MissingForeignKeyCheckTest {

	private static final String WAREHOUSE = "@Entity public class Warehouse { @Id Long id; }";

	private static final String CATEGORY = "@Entity public class Category { @Id Long id; }";

	@TempDir
	Path directory;

	@Test
	void aPlainColumnNamedAfterATableWithItsKeyTypeLacksAForeignKey() {
		Findings findings = missing(WAREHOUSE, """
				@Entity
				public class Shipment {
					@Id Long id;
					Long warehouseId;
				}
				""");

		Finding finding = Analyses.single(findings, "shipment.warehouse_id");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("(Shipment.warehouseId)", "warehouse.id", "bigint", "no foreign key");
		assertThat(finding.hint()).contains("@ManyToOne @JoinColumn(name = \"warehouse_id\")",
				"missing-foreign-key:shipment.warehouse_id");
		assertThat(findings.size()).isEqualTo(1);
	}

	@Test
	void aQualifiedNameEndingInATableNameIsAReferenceToo() {
		Findings findings = missing(CATEGORY, """
				@Entity
				public class Product {
					@Id Long id;
					Long parentCategoryId;
				}
				""");

		assertThat(Analyses.single(findings, "product.parent_category_id").message()).contains("category.id");
		assertThat(findings.size()).isEqualTo(1);
	}

	@Test
	void columnsWithoutAMatchingTableOrTypeAndRealAssociationsAreFine() {
		// No table external; category.id is a bigint, not a varchar; warehouse_id has its foreign key.
		Findings findings = missing(WAREHOUSE, CATEGORY, """
				@Entity
				public class Shipment {
					@Id Long id;
					Long externalId;
					String categoryId;
					@ManyToOne Warehouse warehouse;
					@ManyToOne Warehouse origin;
				}
				""");

		assertThat(findings.asList()).isEmpty();
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
	void aPrefixThatIsItselfATableNameIsAWordNotANamingConvention() {
		// users_ is on 3 of 5 tables, but users is a table: role_id may mean users_role or admin_role
		assertThat(missing("""
				@Entity @Table(name = "users") public class Account { @Id Long id; }""", """
				@Entity @Table(name = "users_role") public class AccountRole { @Id Long id; }""", """
				@Entity @Table(name = "users_group") public class Team { @Id Long id; }""", """
				@Entity @Table(name = "admin_role") public class AdminRole { @Id Long id; }""", """
				@Entity @Table(name = "users_setting") public class Setting { @Id Long id; Long roleId; }""").asList())
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

	@Test
	void anIdNamedAfterTheLastWordOfOneEntityPointsAtIt() {
		Findings findings = missing("""
				@Entity @Table(name = "app_notice_template") public class NoticeTemplate { @Id Long id; }""", """
				@Entity @Table(name = "app_notice_rule") public class NoticeRule { @Id Long id; Long templateId; }""",
				"""
						@Entity @Table(name = "app_status_page_org") public class StatusPageOrg { @Id Long id; }""", """
						@Entity @Table(name = "app_status_page_component") public class StatusPageComponent {
							@Id Long id;
							Long orgId;
						}""", """
						@Entity @Table(name = "app_mail_type") public class MailType { @Id Long id; }""", """
						@Entity @Table(name = "app_alert_type") public class AlertType { @Id Long id; Long typeId; }""");
		assertThat(Analyses.single(findings, "app_notice_rule.template_id").message())
			.contains("app_notice_template.id");
		assertThat(Analyses.single(findings, "app_status_page_component.org_id").message())
			.contains("app_status_page_org.id");
		assertThat(findings.size()).as("type_id: two tables end in _type").isEqualTo(2);
	}

	@Test
	void aPrimaryKeyNamedAfterAnotherEntityIsASharedKeyWithoutForeignKey() {
		Findings findings = missing("""
				@Entity @Table(name = "app_monitor") public class Monitor { @Id Long monitorId; }""", """
				@Entity @Table(name = "app_dashboard") public class Dashboard { @Id Long monitorId; }""");
		assertThat(Analyses.single(findings, "app_dashboard.monitor_id").message()).contains("app_monitor.monitor_id");
		assertThat(findings.size()).as("app_monitor.monitor_id is its own key").isEqualTo(1);
	}

	@Test
	void anAssociationOrJoinTableWithoutConstraintIsLooseOnPurpose() {
		assertThat(missing("""
				@Entity @Table(name = "app_monitor") public class Monitor { @Id Long id; }""", """
				@Entity @Table(name = "app_component") public class Component { @Id Long id; }""", """
				@Entity @Table(name = "app_bind") public class Bind {
					@Id Long id;
					@Column(name = "monitor_id") Long monitorId;
					@ManyToOne @JoinColumn(name = "monitor_id", insertable = false, updatable = false,
							foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
					Monitor monitor;
					@ManyToMany @JoinTable(name = "app_bind_component",
							joinColumns = @JoinColumn(name = "bind_id"), inverseJoinColumns = @JoinColumn(name = "component_id"),
							foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT),
							inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
					List<Component> components;
				}""").asList()).isEmpty();
	}

	private Findings missing(String... sources) {
		return CompiledEntities.h2(directory, sources).findings().withId(FindingId.MISSING_FOREIGN_KEY.id());
	}

}
