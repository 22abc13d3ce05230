package dev.schemabootstrap.testing;

import java.util.EnumMap;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Database servers from Testcontainers, for machines with a Docker engine: one container per kind, started on
 * first use and shared by every test of the run (Testcontainers removes it when the JVM exits).
 */
final class Containers {

	private static final Map<TestDatabase.Kind, JdbcDatabaseContainer<?>> started = new EnumMap<>(
			TestDatabase.Kind.class);

	private static Boolean dockerAvailable;

	private Containers() {
	}

	/** A JDBC URL with credentials of an administrative user, or {@code null} without Docker. */
	static synchronized String serverUrl(TestDatabase.Kind kind) {
		if (!isDockerAvailable()) {
			return null;
		}
		JdbcDatabaseContainer<?> container = started.computeIfAbsent(kind, Containers::start);
		String url = container.getJdbcUrl();
		return url + (url.contains("?") ? "&" : "?") + "user=" + container.getUsername() + "&password="
				+ container.getPassword();
	}

	private static JdbcDatabaseContainer<?> start(TestDatabase.Kind kind) {
		JdbcDatabaseContainer<?> container = switch (kind) {
			case POSTGRESQL -> new PostgreSQLContainer("postgres:15-alpine");
			// The root user may create and drop the per-class databases.
			case MARIADB -> new MariaDBContainer("mariadb:10.11").withUsername("root");
			default -> throw new IllegalArgumentException(kind + " needs no server");
		};
		container.start();
		return container;
	}

	private static boolean isDockerAvailable() {
		if (dockerAvailable == null) {
			try {
				dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException | LinkageError ex) {
				dockerAvailable = false;
			}
		}
		return dockerAvailable;
	}

}
