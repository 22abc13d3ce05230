package dev.schemabootstrap.benchmarks;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps Hibernate's and Liquibase's logging out of the measurements and the output. */
final class Quiet {

	/** Held so that the levels are not lost when the loggers are collected. */
	private static final List<Logger> LOGGERS = List.of(Logger.getLogger("liquibase"), Logger.getLogger("org.hibernate"),
			Logger.getLogger("org.jboss.logging"));

	private Quiet() {
	}

	static void logging() {
		System.setProperty("liquibase.analytics.enabled", "false");
		System.setProperty("liquibase.showSummary", "OFF");
		System.setProperty("liquibase.showSummaryOutput", "LOG");
		System.setProperty("liquibase.showBanner", "false");
		LOGGERS.forEach((logger) -> logger.setLevel(Level.SEVERE));
	}

}
