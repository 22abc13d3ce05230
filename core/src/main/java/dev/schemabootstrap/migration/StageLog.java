package dev.schemabootstrap.migration;

/**
 * Where a stage says what it did that is no finding (a lock it waits for, a database it adopted): the starter
 * passes its application's logging, a test may collect the lines.
 */
public interface StageLog {

	/** Says nothing. */
	StageLog NONE = new StageLog() {

		@Override
		public void info(String message) {
		}

		@Override
		public void warn(String message) {
		}

	};

	void info(String message);

	void warn(String message);

}
