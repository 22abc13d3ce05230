package dev.schemabootstrap.processes;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Boot application of the test classpath run as a real JVM of its own, its output in a file. Small heaps
 * and the C1 compiler only: several of these start at once on a two-core machine.
 */
final class ApplicationProcess implements AutoCloseable {

	private static final Pattern WEB_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private final Process process;

	private final Path output;

	private ApplicationProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	static ApplicationProcess start(Class<?> mainClass, Path output, List<String> jvmOptions, List<String> arguments)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.directory(new File(System.getProperty("user.dir")))
			.start();
		return new ApplicationProcess(process, output);
	}

	String output() {
		try {
			return Files.exists(output) ? Files.readString(output) : "";
		}
		catch (IOException ex) {
			return "(output unreadable: " + ex.getMessage() + ")";
		}
	}

	/** The port the web server listens on, once it has started; empty while it has not (yet). */
	Optional<Integer> webPort() {
		Matcher matcher = WEB_PORT.matcher(output());
		return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	/** The exit code, or empty when the process still runs after {@code timeout}. */
	Optional<Integer> waitForExit(Duration timeout) throws InterruptedException {
		return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
				: Optional.empty();
	}

	/** SIGKILL on Linux: the JVM gets no chance to run shutdown hooks, close connections or release locks. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Polls until the condition holds, or fails naming what was awaited, with this process's output. */
	void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline || !process.isAlive() && !condition.getAsBoolean()) {
				throw new AssertionError("Timed out or exited waiting for " + what + "; output:\n" + output());
			}
			Thread.sleep(200);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

}
