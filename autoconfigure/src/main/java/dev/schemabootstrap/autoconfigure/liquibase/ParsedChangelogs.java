package dev.schemabootstrap.autoconfigure.liquibase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;

import org.jspecify.annotations.Nullable;

/**
 * The changelog each startup migration parsed, kept for the read of its status afterwards
 * ({@link ChangelogStatus}), which would otherwise parse the whole changelog a second time: hundreds of ms of CPU at
 * 100 entities, seconds at 1,000, taken from the rest of startup on a small machine. It is parsed just before the
 * update, with the contexts and labels the update sets (properties may depend on them), and Liquibase's update reuses
 * that parse. A changelog that cannot be parsed here is left to the update, which fails with Liquibase's own message.
 */
final class ParsedChangelogs {

	private final Map<String, Parsed> byBean = new ConcurrentHashMap<>();

	/** Parses the changelog of each {@code Liquibase} the bean creates, before its other customizers run. */
	void install(String beanName, SpringLiquibase liquibase) {
		Customizer<Liquibase> existing = liquibase.getCustomizer();
		liquibase.setCustomizer((created) -> {
			byBean.remove(beanName);
			try {
				byBean.put(beanName, new Parsed(liquibase.getChangeLog(), parse(created, liquibase)));
			}
			catch (LiquibaseException | RuntimeException ex) {
				// Liquibase's update parses it again and reports what is wrong with it.
			}
			if (existing != null) {
				existing.customize(created);
			}
		});
	}

	/**
	 * Parses the changelog as the bean's update will, with its contexts and labels set first (properties may depend
	 * on them). {@code created} keeps the parse, and its update, the lint and the status read use it.
	 */
	static DatabaseChangeLog parse(Liquibase created, SpringLiquibase settings) throws LiquibaseException {
		created.getChangeLogParameters().setContexts(new Contexts(settings.getContexts()));
		created.getChangeLogParameters().setLabels(new LabelExpression(settings.getLabelFilter()));
		return created.getDatabaseChangeLog();
	}

	/**
	 * The changelog the bean's last update parsed, once (it is not kept after): {@code null} when the update did not
	 * run, could not parse it, or parsed another location than {@code location}.
	 */
	@Nullable DatabaseChangeLog take(String beanName, String location) {
		Parsed parsed = byBean.remove(beanName);
		return parsed != null && location.equals(parsed.location()) ? parsed.changelog() : null;
	}

	private record Parsed(String location, DatabaseChangeLog changelog) {
	}

}
