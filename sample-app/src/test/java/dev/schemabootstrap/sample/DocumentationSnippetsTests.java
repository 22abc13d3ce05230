package dev.schemabootstrap.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The snippets of the documentation a new user copies in the first hour are tested as they stand: the Java ones
 * of the README and of getting-started compile against the starter and run (their {@code @Test} methods, through
 * the JUnit Platform, against the sample's entities); every YAML snippet of the docs parses and sets only
 * properties that exist (Spring Boot's and Schema Bootstrap's configuration metadata); every XML snippet parses and
 * names this project's real artifacts at its current version.
 */
class DocumentationSnippetsTests {

	private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

	private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```");

	private static final List<String> FIRST_HOUR = List.of("README.md", "docs/getting-started.md");

	/** Top-level keys of an application's configuration, as opposed to a changelog or a Kubernetes manifest. */
	private static final Set<String> CONFIGURATION_ROOTS = Set.of("spring", "management", "schema-bootstrap",
			"server", "logging");

	@Test
	void theJavaSnippetsOfTheFirstHourCompileAndTheirTestsPass(@TempDir Path directory) throws Exception {
		List<Snippet> snippets = new ArrayList<>();
		for (String file : FIRST_HOUR) {
			snippets.addAll(snippets(file, "java"));
		}
		assertThat(snippets).as("Java snippets in %s", FIRST_HOUR).hasSizeGreaterThanOrEqualTo(2);
		int tests = 0;
		for (int i = 0; i < snippets.size(); i++) {
			Class<?> compiled = compile(snippets.get(i), "dev.schemabootstrap.sample.docs" + i, directory);
			TestExecutionSummary summary = run(compiled);
			assertThat(summary.getFailures()).as("tests of the snippet in %s:\n%s", snippets.get(i).file(),
					snippets.get(i).text())
				.isEmpty();
			tests += (int) summary.getTestsSucceededCount();
		}
		assertThat(tests).as("snippets whose tests ran").isGreaterThanOrEqualTo(2);
	}

	@Test
	void everyYamlSnippetOfTheDocsSetsOnlyPropertiesThatExist() throws IOException {
		Set<String> known = new HashSet<>();
		Set<String> maps = new HashSet<>();
		readConfigurationMetadata(known, maps);
		assertThat(known).contains("schema-bootstrap.validation.fail-on", "management.endpoints.web.exposure.include");
		List<String> checked = new ArrayList<>();
		for (Snippet snippet : allDocs().flatMap((file) -> snippets(file, "yaml").stream()).toList()) {
			for (Object document : new Yaml().loadAll(snippet.text())) {
				if (!(document instanceof Map<?, ?> map) || !CONFIGURATION_ROOTS.containsAll(keys(map))) {
					continue;
				}
				List<String> properties = new ArrayList<>();
				flatten("", map, properties);
				for (String property : properties) {
					assertThat(known.contains(property) || maps.stream().anyMatch((m) -> property.startsWith(m + ".")))
						.as("%s in %s sets %s, which is no property of Spring Boot or Schema Bootstrap",
								snippet.text(), snippet.file(), property)
						.isTrue();
					checked.add(property);
				}
			}
		}
		assertThat(checked).contains("schema-bootstrap.validation.fail-on", "management.endpoint.health.show-details");
	}

	@Test
	void everyXmlSnippetOfTheDocsNamesThisProjectsArtifactsAtItsVersion() throws Exception {
		Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(PROJECT.resolve("pom.xml").toFile());
		String version = pom.getDocumentElement().getElementsByTagName("version").item(0).getTextContent();
		Set<String> artifacts = new HashSet<>();
		for (String module : List.of("core", "autoconfigure", "starter", "maven-plugin")) {
			Document modulePom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(PROJECT.resolve(module).resolve("pom.xml").toFile());
			artifacts.add(directChild(modulePom.getDocumentElement(), "artifactId"));
		}
		int named = 0;
		for (Snippet snippet : allDocs().flatMap((file) -> snippets(file, "xml").stream()).toList()) {
			Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader("<snippet>" + snippet.text() + "</snippet>")));
			NodeList groups = xml.getElementsByTagName("groupId");
			for (int i = 0; i < groups.getLength(); i++) {
				Element coordinates = (Element) groups.item(i).getParentNode();
				if (!groups.item(i).getTextContent().equals("dev.schemabootstrap")) {
					continue;
				}
				assertThat(artifacts).as("artifact named in %s", snippet.file())
					.contains(directChild(coordinates, "artifactId"));
				String snippetVersion = directChild(coordinates, "version");
				if (snippetVersion != null && !snippetVersion.startsWith("${")) {
					assertThat(snippetVersion).as("version in %s", snippet.file()).isEqualTo(version);
				}
				named++;
			}
		}
		assertThat(named).as("snippets naming the starter and the plugin").isGreaterThanOrEqualTo(3);
	}

	private static String directChild(Element element, String name) {
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
				return child.getTextContent().trim();
			}
		}
		return null;
	}

	private record Snippet(String file, String text) {
	}

	private static List<Snippet> snippets(String file, String language) {
		try {
			String markdown = Files.readString(PROJECT.resolve(file));
			List<Snippet> found = new ArrayList<>();
			Matcher fence = FENCE.matcher(markdown);
			while (fence.find()) {
				if (fence.group(1).equals(language)) {
					found.add(new Snippet(file, fence.group(2)));
				}
			}
			return found;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	private static Stream<String> allDocs() throws IOException {
		try (Stream<Path> docs = Files.walk(PROJECT.resolve("docs"))) {
			List<String> files = new ArrayList<>(List.of("README.md", "sample-app/README.md"));
			docs.filter((path) -> path.toString().endsWith(".md"))
				.forEach((path) -> files.add(PROJECT.relativize(path).toString()));
			return files.stream();
		}
	}

	/**
	 * Compiles a snippet as a class of a package of its own below the sample's, which sees the sample's entities
	 * and repositories as a user's test sees the user's.
	 */
	private static Class<?> compile(Snippet snippet, String packageName, Path directory) throws Exception {
		Matcher declared = Pattern.compile("(?m)^(?:public |final )*class (\\w+)").matcher(snippet.text());
		assertThat(declared.find()).as("a snippet of %s declares a class:\n%s", snippet.file(), snippet.text())
			.isTrue();
		String className = declared.group(1);
		StringBuilder source = new StringBuilder("package " + packageName + ";\n");
		for (String samplePackage : List.of("catalog", "customer", "inventory", "sales", "user")) {
			source.append("import dev.schemabootstrap.sample.").append(samplePackage).append(".*;\n");
		}
		source.append(snippet.text());
		Path sources = directory.resolve("sources").resolve(packageName.replace('.', '/'));
		Path classes = directory.resolve("classes");
		Files.createDirectories(sources);
		Files.createDirectories(classes);
		Path file = sources.resolve(className + ".java");
		Files.writeString(file, source);
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
			StringWriter errors = new StringWriter();
			boolean compiled = compiler.getTask(errors, files, null,
					List.of("-proc:none", "-parameters", "-d", classes.toString(), "-classpath",
							System.getProperty("java.class.path")),
					null, files.getJavaFileObjectsFromPaths(List.of(file)))
				.call();
			assertThat(compiled).as("the snippet of %s compiles:\n%s\n%s", snippet.file(), snippet.text(), errors)
				.isTrue();
		}
		URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				DocumentationSnippetsTests.class.getClassLoader());
		return loader.loadClass(packageName + "." + className);
	}

	private static TestExecutionSummary run(Class<?> testClass) {
		Launcher launcher = LauncherFactory.create();
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		// The platform and Spring's test context find the snippet's class through the context class loader.
		thread.setContextClassLoader(testClass.getClassLoader());
		try {
			launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
					listener);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
		return listener.getSummary();
	}

	private static Set<String> keys(Map<?, ?> map) {
		Set<String> keys = new HashSet<>();
		map.keySet().forEach((key) -> keys.add(String.valueOf(key)));
		return keys;
	}

	private static void flatten(String prefix, Object value, List<String> properties) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child,
					properties));
		}
		else {
			properties.add(prefix);
		}
	}

	/** Every property of every module's {@code META-INF/spring-configuration-metadata.json} on the class path. */
	private static void readConfigurationMetadata(Set<String> known, Set<String> maps) throws IOException {
		ObjectMapper json = new ObjectMapper();
		Enumeration<URL> resources = DocumentationSnippetsTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json");
		while (resources.hasMoreElements()) {
			try (InputStream in = resources.nextElement().openStream()) {
				JsonNode properties = json.readTree(in).path("properties");
				for (JsonNode property : properties) {
					String name = property.path("name").asString();
					known.add(name);
					if (property.path("type").asString().startsWith("java.util.Map")) {
						maps.add(name);
					}
				}
			}
		}
	}

}
