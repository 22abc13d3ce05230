package dev.schemabootstrap.autoconfigure.liquibase;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.schemabootstrap.migration.StageLog;

/**
 * A core stage's lines in the application's log, under the stage's own logger name (so that
 * {@code logging.level.<stage class>} applies to it).
 */
public record CommonsStageLog(Log log) implements StageLog {

	public static StageLog of(Class<?> stage) {
		return new CommonsStageLog(LogFactory.getLog(stage));
	}

	@Override
	public void info(String message) {
		log.info(message);
	}

	@Override
	public void warn(String message) {
		log.warn(message);
	}

}
