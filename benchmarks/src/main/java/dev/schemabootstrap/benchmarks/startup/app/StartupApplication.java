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
 * entities, nothing else. When it is ready it prints {@value #READY} with the JVM's uptime, the CPU time of the main
 * thread and of the whole process, and exits, so that the harness measures one whole start. The CPU times hold on a
 * machine shared with other work, where wall time mostly measures the neighbours.
 */
@SpringBootApplication
@EntityScan(EntitySourceGenerator.PACKAGE)
public class StartupApplication {

	/** The line the harness waits for. */
	public static final String READY = "STARTUP-BENCHMARK-READY uptime-ms=";

	/** Follows the uptime on the ready line: the main thread's CPU time, then the process's, in ms. */
	public static final String MAIN_CPU = " main-cpu-ms=";

	public static final String PROCESS_CPU = " process-cpu-ms=";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(StartupApplication.class);
		application.addListeners((ApplicationListener<ApplicationReadyEvent>) (event) -> {
			long mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
			long processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime() / 1_000_000;
			System.out.println(READY + ManagementFactory.getRuntimeMXBean().getUptime() + MAIN_CPU + mainCpu + PROCESS_CPU
					+ processCpu);
			System.out.flush();
		});
		ConfigurableApplicationContext context = application.run(args);
		System.exit(SpringApplication.exit(context));
	}

}
