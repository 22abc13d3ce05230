package dev.schemabootstrap.crashtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A step of a changeset that, when the system property {@value #MARKER} names a file, writes that file and then
 * pauses, so that a test can kill the process while the changeset's transaction is open. Without the property it
 * does nothing, so the same changelog completes on a restart.
 */
public class PausingChange implements CustomTaskChange {

	public static final String MARKER = "crashtest.pause-marker";

	@Override
	public void execute(Database database) throws CustomChangeException {
		String marker = System.getProperty(MARKER);
		if (marker == null) {
			return;
		}
		try {
			Files.writeString(Path.of(marker), String.valueOf(ProcessHandle.current().pid()));
			Thread.sleep(120_000);
		}
		catch (IOException ex) {
			throw new CustomChangeException("Could not write " + marker, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CustomChangeException("Interrupted while pausing", ex);
		}
	}

	@Override
	public String getConfirmationMessage() {
		return "paused";
	}

	@Override
	public void setUp() {
	}

	@Override
	public void setFileOpener(ResourceAccessor resourceAccessor) {
	}

	@Override
	public ValidationErrors validate(Database database) {
		return new ValidationErrors();
	}

}
