package dev.schemabootstrap.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.benchmarks.compare.ComparisonReport;
import dev.schemabootstrap.benchmarks.compare.Comparisons;
import dev.schemabootstrap.benchmarks.compare.LiquibaseHibernateComparison;
import dev.schemabootstrap.benchmarks.compare.RetainedHeap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the comparisons with liquibase-hibernate7 and the heap figures compiling and running under
 * {@code ./mvnw verify}, once each on 20 entities, on H2. The PostgreSQL drift comparison runs only with
 * {@code --drift} (docs/benchmarks.md).
 */
class ComparisonSmokeTests {

	@Test
	void bothToolsGiveTheSameSchemaAndEveryFigureIsMeasured() throws Exception {
		ComparisonReport report = new Comparisons(true, false, true, 1).run(List.of(20));

		LiquibaseHibernateComparison.Result result = report.liquibaseHibernate().get(0);
		assertThat(result.firstApply().oursMillis()).isPositive();
		assertThat(result.firstApply().oursPerObjectMillis()).isPositive();
		assertThat(result.firstApply().theirsMillis()).isPositive();
		assertThat(result.firstApply().oursChangeSets()).isLessThan(result.firstApply().oursPerObjectChangeSets());
		assertThat(result.firstApply().ours().tables()).isEqualTo(20);
		assertThat(result.firstApply().oursPerObject().tables()).isEqualTo(20);
		assertThat(result.firstApply().theirs().tables()).isEqualTo(20);
		assertThat(result.firstApply().ours().drift()).isZero();
		assertThat(result.firstApply().oursPerObject().drift()).isZero();
		assertThat(result.firstApply().theirs().drift()).isZero();
		assertThat(result.incremental().oursChanges()).containsKeys("addColumn", "createTable", "addForeignKeyConstraint");
		assertThat(result.incremental().ours().tables()).isEqualTo(20 + 3);
		assertThat(result.incremental().ours().drift()).isZero();
		assertThat(result.incremental().theirs().drift()).isZero();
		RetainedHeap.Result heap = report.memory().get(0);
		assertThat(heap.graphBytes()).isPositive();
		assertThat(report.markdown()).contains("First apply on an empty in-memory H2", "Incremental changelog", "Heap kept");
	}

}
