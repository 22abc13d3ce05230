package dev.schemabootstrap.drift;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

/**
 * H2 2.4.240 (the version Spring Boot 4.0 manages) binds a check that compares strings to the session that created
 * it: once that connection is closed, every insert fails with "Check constraint invalid" (h2database issues 4302,
 * 4342; fixed in 2.5). Hibernate's own DDL meets the same bug. The changelog is therefore applied here on a
 * connection that stays open until the class is done, as a connection pool keeps it.
 */
class H2CheckConstraintsTests extends CheckConstraintsScenario {

	private final List<Connection> liquibaseConnections = new ArrayList<>();

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	void apply(String changelog, String fileName) throws Exception {
		Connection connection = database.connect();
		liquibaseConnections.add(connection);
		Connection unclosed = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> method.getName().equals("close") ? null
						: invoke(method, connection, args));
		LiquibaseRunner.update(unclosed, changelog, fileName);
	}

	@AfterAll
	void closeLiquibaseConnections() throws SQLException {
		for (Connection connection : liquibaseConnections) {
			connection.close();
		}
	}

	private static Object invoke(Method method, Connection connection, Object[] args) throws Throwable {
		try {
			return method.invoke(connection, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@Override
	String dialect() {
		return "org.hibernate.dialect.H2Dialect";
	}

	@Override
	boolean statusIsChecked() {
		return false;
	}

}
