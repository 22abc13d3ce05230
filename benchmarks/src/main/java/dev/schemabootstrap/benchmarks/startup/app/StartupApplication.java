package dev.schemabootstrap.benchmarks.startup.app;

import java.lang.management.ManagementFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import dev.schemabootstrap.benchmarks.model.EntitySourceGenerator;

/**
 * The application the startup benchmark launches: Spring Boot with JPA, Liquibase and Actuator, the generated
 * entities, nothing else. When it is ready it prints {@value #READY} with the JVM's uptime and exits, so that the
 * harness measures one whole start.
 */
@SpringBootApplication
@EntityScan(EntitySourceGenerator.PACKAGE)
public class StartupApplication {

	/** The line the harness waits for. */
	public static final String READY = "STARTUP-BENCHMARK-READY uptime-ms=";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(StartupApplication.class);
		application.addListeners((ApplicationListener<ApplicationReadyEvent>) (event) -> {
			System.out.println(READY + ManagementFactory.getRuntimeMXBean().getUptime());
			System.out.flush();
		});
		ConfigurableApplicationContext context = application.run(args);
		System.exit(SpringApplication.exit(context));
	}

}
