package dev.schemabootstrap.benchmarks.compare;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs the comparisons BenchmarkMain's options ask for, in this JVM, each size after the other, and collects
 * the figures.
 *
 * @param liquibaseHibernate {@code --compare}: first apply and incremental diff against liquibase-hibernate7
 * @param drift {@code --drift}: the drift check against Hibernate's validator on PostgreSQL
 * @param memory {@code --memory}: the heap the analysis keeps
 * @param shots timed shots per figure and tool; 1 for the smoke test, which also leaves out the run on the model
 * with named schemas (made at the smallest size, if it is at most 1,000)
 */
public record Comparisons(boolean liquibaseHibernate, boolean drift, boolean memory, int shots) {

	public boolean any() {
		return liquibaseHibernate || drift || memory;
	}

	public ComparisonReport run(List<Integer> sizes) throws Exception {
		ComparisonReport report = new ComparisonReport();
		if (liquibaseHibernate) {
			for (int size : sizes) {
				report.add(LiquibaseHibernateComparison.run(size, shots, true));
			}
			if (shots > 1 && sizes.get(0) <= 1000) {
				report.namedSchemas(LiquibaseHibernateComparison.run(sizes.get(0), 1, false));
			}
		}
		if (drift) {
			String unavailable = postgresUnavailable();
			if (unavailable != null) {
				report.skipped("the drift comparison, no PostgreSQL at " + PostgresScratch.adminUrl() + ": " + unavailable);
			}
			else {
				for (int size : sizes) {
					report.add(DriftComparison.run(size, shots));
				}
			}
		}
		if (memory) {
			for (int size : sizes) {
				report.add(RetainedHeap.measure(size));
			}
		}
		return report;
	}

	private static String postgresUnavailable() {
		try {
			DriverManager.getConnection(PostgresScratch.adminUrl()).close();
			return null;
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

}
