package dev.schemabootstrap.crashtest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small application whose own changelog has a changeset slow enough to kill a process in the middle of it
 * ({@link PausingChange}). Outside the sample's packages, so that the sample never scans it.
 */
@SpringBootApplication
public class SlowMigrationApplication {

	public static void main(String[] args) {
		SpringApplication.run(SlowMigrationApplication.class, args);
	}

}
