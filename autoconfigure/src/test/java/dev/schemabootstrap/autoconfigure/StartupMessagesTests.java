package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.fixtures.harder.HarderConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * What startup prints, read from the console of applications started the way Spring Boot starts them.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupMessagesTests {

	@TempDir
	Path outputDir;

	@Test
	void everyFindingIsLoggedOnALineOfItsOwnInfoIncluded(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run(Harder.class)) {
			Findings findings = context.getBean(SchemaBootstrapper.class).getFindings();
			assertThat(findings.count(Severity.INFO)).isPositive();
			for (Finding finding : findings) {
				String line = "Schema Bootstrap: " + finding.severity() + " [" + finding.id() + "] "
						+ finding.subject() + ": " + finding.message();
				assertThat(output.getOut().lines().filter((logged) -> logged.contains(line)))
					.singleElement()
					.asString()
					.contains(finding.severity() == Severity.INFO ? "INFO" : "WARN")
					.endsWith(" Fix: " + finding.hint());
			}
		}
	}

	@Test
	void theFindingsThatStopStartupArePrintedOnceWithTheirFixes(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(Shop.class, "--spring.jpa.hibernate.ddl-auto=create"))
			.havingRootCause()
			.isInstanceOf(SchemaValidationException.class);
		String fix = "Fix: Remove 'spring.jpa.hibernate.ddl-auto' (or set it to 'none' or 'validate')";
		assertThat(occurrences(output.getOut(), fix)).as(output.getOut()).isOne();
		assertThat(output.getOut()).contains("Description:\n\nSchema Bootstrap found 1 problem(s) that stop startup")
			.contains("set 'schema-bootstrap.validation.fail-on' to 'never'.")
			.contains(DocsLinks.DEFAULT_BASE + "findings/conflicting-schema-initializer.md");
	}

	@Test
	void theMigrationLineNamesTheApplicationsChangelogAndCountsWhatWasAddedOnTopApart(CapturedOutput output) {
		String url = "jdbc:h2:mem:messages-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		String[] generateOnTop = { "--spring.datasource.url=" + url,
				"--spring.liquibase.change-log=classpath:db/verify/changelog.yaml",
				"--schema-bootstrap.changelog.mode=generate" };
		run(Shop.class, generateOnTop).close();
		int firstStart = output.getOut().length();
		int added;
		try (ConfigurableApplicationContext restarted = run(Shop.class, generateOnTop)) {
			added = new JdbcTemplate(restarted.getBean(DataSource.class)).queryForObject(
					"select count(*) from databasechangelog where filename like 'schema-bootstrap/changelog-next%'",
					Integer.class);
		}
		assertThat(added).isGreaterThan(1);
		List<String> lines = new ArrayList<>();
		Matcher line = Pattern.compile("Liquibase has applied [^\\n]*").matcher(output.getOut().substring(firstStart));
		while (line.find()) {
			lines.add(line.group().replaceAll("\\(\\d+ ms\\)", "(<n> ms)"));
		}
		assertThat(lines).containsExactly("Liquibase has applied 1 changeset of classpath:db/verify/changelog.yaml"
				+ " and " + added + " changesets Schema Bootstrap added on top of it (schema-bootstrap/changelog-next); none"
				+ " pending (<n> ms)");
	}

	private ConfigurableApplicationContext run(Class<?> configuration, String... arguments) {
		SpringApplication application = new SpringApplication(configuration);
		application.setWebApplicationType(WebApplicationType.NONE);
		List<String> all = new ArrayList<>(List.of("--spring.datasource.generate-unique-name=true",
				"--schema-bootstrap.changelog.output-dir=" + outputDir));
		all.addAll(List.of(arguments));
		return application.run(all.toArray(String[]::new));
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	@Configuration(proxyBeanMethods = false)
	@Import(HarderConfiguration.class)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			LiquibaseAutoConfiguration.class, SchemaBootstrapAutoConfiguration.class })
	static class Harder {

	}

	@Configuration(proxyBeanMethods = false)
	@Import(ShopConfiguration.class)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			LiquibaseAutoConfiguration.class, SchemaBootstrapAutoConfiguration.class })
	static class Shop {

	}

}
