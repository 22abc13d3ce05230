package dev.schemabootstrap.autoconfigure;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SQLite enforces foreign keys only on connections that turn them on, one connection at a time. A HikariCP pool
 * on SQLite without an init statement of its own gets {@code PRAGMA foreign_keys=ON} on every new connection;
 * any other setup is checked at startup ({@code sqlite-foreign-keys-disabled}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HikariDataSource.class)
class SqliteForeignKeysConfiguration {

	static final String FOREIGN_KEYS_ON = "PRAGMA foreign_keys=ON";

	@Bean
	static BeanPostProcessor schemaBootstrapSqliteForeignKeys() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
						&& hikari.getJdbcUrl().startsWith("jdbc:sqlite:") && hikari.getConnectionInitSql() == null) {
					hikari.setConnectionInitSql(FOREIGN_KEYS_ON);
				}
				return bean;
			}

		};
	}

}
