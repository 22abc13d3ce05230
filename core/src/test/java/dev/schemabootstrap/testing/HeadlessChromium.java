package dev.schemabootstrap.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium, driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver} packages, or the binaries named by {@code SCHEMA_BOOTSTRAP_CHROMIUM} and
 * {@code SCHEMA_BOOTSTRAP_CHROMEDRIVER}); nothing is downloaded. Without them the test is skipped with a message that
 * says what to install, except in CI ({@code CI=true}), where it fails: there the browser tests must run.
 */
public final class HeadlessChromium implements AutoCloseable {

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts a browser with a fresh profile, or skips (fails in CI) the current test when there is none. */
	public static HeadlessChromium start() throws IOException {
		Path chromium = Path.of(env("SCHEMA_BOOTSTRAP_CHROMIUM", "/usr/bin/chromium"));
		Path chromedriver = Path.of(env("SCHEMA_BOOTSTRAP_CHROMEDRIVER", "/usr/bin/chromedriver"));
		boolean present = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
		String missing = "Browser test skipped: needs Chromium at " + chromium + " and chromedriver at " + chromedriver
				+ " (Debian: apt-get install chromium chromium-driver; elsewhere set SCHEMA_BOOTSTRAP_CHROMIUM and"
				+ " SCHEMA_BOOTSTRAP_CHROMEDRIVER)";
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true: " + missing.replace("Browser test skipped: needs", "the browser"
					+ " tests must run and need"));
		}
		Assumptions.assumeTrue(present, missing);
		Path profile = Files.createTempDirectory("schema-bootstrap-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--window-size=1600,1800");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return new HeadlessChromium(driver, profile);
	}

	/** Loads a page and waits for its load event. */
	public void open(String url) {
		driver.get(url);
	}

	/** What the page logged at error level since the last call: console errors, script errors, failed loads. */
	public List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::toString)
			.toList();
	}

	/** Runs a script in the page and returns its result, as Selenium converts it (lists, maps, numbers, strings). */
	public Object script(String script) {
		return driver.executeScript(script);
	}

	/** The text of each element the CSS selector matches, in document order. */
	@SuppressWarnings("unchecked")
	public List<String> texts(String selector) {
		return (List<String>) driver.executeScript(
				"return Array.from(document.querySelectorAll(arguments[0])).map((element) => element.textContent);",
				selector);
	}

	/** Sizes the window to the whole page and writes a PNG of it. */
	@SuppressWarnings("unchecked")
	public Path screenshot(Path png) throws IOException {
		Map<String, Number> size = (Map<String, Number>) script(
				"return {width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight};");
		driver.manage().window().setSize(new Dimension(
				Math.min(4000, Math.max(800, size.get("width").intValue())),
				Math.min(8000, Math.max(600, size.get("height").intValue()))));
		Files.createDirectories(png.toAbsolutePath().getParent());
		Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
		return png;
	}

	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			deleteRecursively(profile);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		try (var paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
