package dev.schemabootstrap.benchmarks.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.serializer.core.yaml.YamlChangeLogSerializer;

import dev.schemabootstrap.benchmarks.Stages;
import dev.schemabootstrap.benchmarks.model.GeneratedModel;
import dev.schemabootstrap.changelog.ChangeSetGrouping;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.verify.ChangelogVerifier;
import dev.schemabootstrap.verify.ScratchDatabase;

/**
 * Schema Bootstrap against liquibase-hibernate7 on the same generated model, on H2, in one JVM, shots taken in
 * turns: (1a) the first apply of each tool's changelog on an empty database, (1b) the changelog for the next
 * version of the model with {@value #CHANGED} entities changed, from a database at the previous changelog.
 * Each result is applied and read back with core's {@code LiveSchemaReader}, to show both give the same schema.
 */
public final class LiquibaseHibernateComparison {

	/** How many entities change between the two versions of the model. */
	public static final int CHANGED = 10;

	static final String NEXT = "db/changelog/next.yaml";

	private static final AtomicInteger KEYS = new AtomicInteger();

	private LiquibaseHibernateComparison() {
	}

	/**
	 * @param oursMillis our changelog as the starter writes it for an in-memory database, one changeset per stage
	 * @param oursPerObjectMillis our changelog as written for a database that keeps its data (the plugin, and the
	 * starter on such a database), one changeset per object
	 * @param oneChangeSetMillis the same changes as one changeset for the whole model: no product writes it; it
	 * shows how far fewer changesets can go
	 * @param generateMillis liquibase-hibernate7's diffChangeLog against the empty database (not part of the apply)
	 */
	public record FirstApply(int entities, int oursChangeSets, int oursPerObjectChangeSets, int theirsChangeSets,
			double oursMillis, double oursPerObjectMillis, double oneChangeSetMillis, double theirsMillis,
			double generateMillis, SchemaShape ours, SchemaShape oursPerObject, SchemaShape theirs, int shots) {

		public double speedup() {
			return theirsMillis / oursMillis;
		}

		public double speedupOneChangeSet() {
			return theirsMillis / oneChangeSetMillis;
		}

		public double speedupPerObject() {
			return theirsMillis / oursPerObjectMillis;
		}

	}

	/**
	 * @param oursMillis the new model read from the entities, then {@link ChangelogVerifier#evolution} on the
	 * scratch H2 kept from the last run (the plugin's default: the previous changelog found applied, read back,
	 * compared) and the changesets written
	 * @param oursNewScratchMillis the same with a new, empty scratch database (the first build, or
	 * {@code keepScratchDatabase=false}): the whole previous changelog replayed
	 * @param oursModelMillis the part of {@code oursMillis} that reads the new model (Hibernate's boot included)
	 * @param theirsMillis diffChangeLog between the database at the previous changelog and the new model, its
	 * Hibernate boot included
	 */
	public record Incremental(int entities, Map<String, Integer> oursChanges, Map<String, Integer> theirsChanges,
			double oursMillis, double oursModelMillis, double oursNewScratchMillis, double theirsMillis, SchemaShape ours,
			SchemaShape theirs, int shots) {

		public double speedup() {
			return theirsMillis / oursMillis;
		}

		public double speedupWithoutModel() {
			return theirsMillis / (oursMillis - oursModelMillis);
		}

		public double speedupNewScratch() {
			return theirsMillis / oursNewScratchMillis;
		}

	}

	public record Result(FirstApply firstApply, Incremental incremental) {

	}

	/**
	 * @param shots timed shots of each tool per figure, after one untimed round if more than one
	 * @param defaultSchema every table in the default schema: liquibase-hibernate7 ignores {@code @Table(schema)}
	 * for tables but not for foreign keys, and so drops every foreign key of a model with named schemas
	 */
	public static Result run(int size, int shots, boolean defaultSchema) throws Exception {
		GeneratedModel model = GeneratedModel.variant(size, 0, defaultSchema);
		ClassLoader classLoader = model.newClassLoader();
		UnitModel unit = Stages.model(model, classLoader);
		SchemaModel schema = unit.schema();
		Path ours = Stages.writeChangelog(Stages.changelog(unit, ChangeSetGrouping.PER_OBJECT));
		Path oursPerStage = Stages.writeChangelog(Stages.changelog(unit, ChangeSetGrouping.PER_STAGE));
		Path oneChangeSet = Stages.writeChangelog(oneChangeSet(unit));
		LiquibaseHibernateDiff previous = diff(model, classLoader);
		Shots generate = new Shots();
		String theirsChangelog;
		try (H2Scratch empty = H2Scratch.empty(); Connection connection = empty.connect()) {
			theirsChangelog = generate.time(() -> previous.diffChangeLog(connection));
		}
		Path theirs = Stages.writeChangelog(theirsChangelog);
		FirstApply firstApply = firstApply(size, schema, oursPerStage, ours, oneChangeSet, theirs, shots,
				generate.median());
		return new Result(firstApply, incremental(size, ours, theirs, shots, defaultSchema));
	}

	/**
	 * Each shot applies the four changelogs in turn, each on a new database, starting one further each shot, so that
	 * none is always the first (the coldest) or the last.
	 */
	private static FirstApply firstApply(int size, SchemaModel schema, Path oursPerStage, Path oursPerObject,
			Path oneChangeSet, Path theirs, int shots, double generateMillis) throws Exception {
		List<Path> changelogs = List.of(oursPerStage, oursPerObject, oneChangeSet, theirs);
		List<Shots> timers = List.of(new Shots(), new Shots(), new Shots(), new Shots());
		SchemaShape[] shapes = new SchemaShape[changelogs.size()];
		for (int shot = Shots.firstRound(shots); shot <= shots; shot++) {
			for (int turn = 0; turn < changelogs.size(); turn++) {
				int which = (shot + turn) % changelogs.size();
				shapes[which] = timedApply(changelogs.get(which), schema, shot == 0 ? new Shots() : timers.get(which));
			}
		}
		return new FirstApply(size, countChangeSets(oursPerStage, Stages.CHANGELOG),
				countChangeSets(oursPerObject, Stages.CHANGELOG), countChangeSets(theirs, Stages.CHANGELOG),
				timers.get(0).median(), timers.get(1).median(), timers.get(2).median(), timers.get(3).median(),
				generateMillis, shapes[0], shapes[1], shapes[3], shots);
	}

	/** Our changes for the whole model in one changeset, in the order of the per-stage changelog. */
	private static String oneChangeSet(UnitModel unit) throws IOException {
		DatabaseChangeLog changeLog = new DatabaseChangeLog(Stages.CHANGELOG);
		ChangeSet one = new ChangeSet("whole-model", ChangelogWriter.AUTHOR, false, false, Stages.CHANGELOG, null, null,
				changeLog);
		new ChangelogWriter(Stages.CHANGELOG, DatabaseKind.H2).grouped(ChangeSetGrouping.PER_STAGE)
			.changeSets(new CreationPlanner().plan(unit.schema()))
			.forEach((changeSet) -> changeSet.getChanges().forEach(one::addChange));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new YamlChangeLogSerializer().write(List.of(one), out);
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Applies the changelog on a new, empty H2 database under the timer, then reads back what it created. */
	private static SchemaShape timedApply(Path changelog, SchemaModel schema, Shots timer) throws Exception {
		try (H2Scratch database = H2Scratch.empty()) {
			Connection connection = database.connect();
			timer.time(() -> Stages.apply(changelog, connection));
			return shape(database, schema);
		}
	}

	private static Incremental incremental(int size, Path ours, Path theirs, int shots, boolean defaultSchema)
			throws Exception {
		GeneratedModel next = GeneratedModel.variant(size, CHANGED, defaultSchema);
		ClassLoader classLoader = next.newClassLoader();
		SchemaModel[] nextSchema = new SchemaModel[1];
		Shots oursShots = new Shots();
		Shots oursModel = new Shots();
		Shots oursNewScratchShots = new Shots();
		Shots theirsShots = new Shots();
		String oursNext = null;
		String theirsNext = null;
		// Kept from an earlier run, as the plugin keeps it in target/: prepared before the clock starts, as theirs
		// is given a database at its previous changelog.
		ScratchDatabase kept = ScratchDatabase.keptIn(Files.createTempDirectory("schema-bootstrap-benchmark-scratch"),
				"");
		ChangelogVerifier.evolution(Stages.model(next, classLoader).schema(), Stages.CHANGELOG, ours, kept, true);
		for (int shot = Shots.firstRound(shots); shot <= shots; shot++) {
			Shots oursTimer = shot == 0 ? new Shots() : oursShots;
			Shots modelTimer = shot == 0 ? new Shots() : oursModel;
			Shots newScratchTimer = shot == 0 ? new Shots() : oursNewScratchShots;
			Shots theirsTimer = shot == 0 ? new Shots() : theirsShots;
			oursNext = oursTimer.time(() -> {
				SchemaModel model = modelTimer.time(() -> Stages.model(next, classLoader).schema());
				nextSchema[0] = model;
				EvolutionPlan evolution = ChangelogVerifier.evolution(model, Stages.CHANGELOG, ours, kept, true);
				return new ChangelogWriter(NEXT, DatabaseKind.H2).write(evolution, ChangelogFormat.YAML);
			});
			String fromNewScratch = newScratchTimer.time(() -> {
				SchemaModel model = Stages.model(next, classLoader).schema();
				EvolutionPlan evolution = ChangelogVerifier.evolution(model, Stages.CHANGELOG, ours,
						Stages.emptyDatabase());
				return new ChangelogWriter(NEXT, DatabaseKind.H2).write(evolution, ChangelogFormat.YAML);
			});
			if (!fromNewScratch.equals(oursNext)) {
				throw new IllegalStateException("The kept scratch database gave other changesets than a new one");
			}
			try (H2Scratch database = H2Scratch.empty(); Connection connection = database.connect()) {
				Stages.apply(theirs, database.connect());
				LiquibaseHibernateDiff diff = diff(next, classLoader);
				theirsNext = theirsTimer.time(() -> diff.diffChangeLog(connection));
			}
		}
		Path oursBoth = withNext(ours, oursNext);
		Path theirsBoth = withNext(theirs, theirsNext);
		SchemaShape oursShape;
		try (H2Scratch database = H2Scratch.empty()) {
			Stages.apply(oursBoth, Stages.CHANGELOG, database.connect());
			Stages.apply(oursBoth, NEXT, database.connect());
			oursShape = shape(database, nextSchema[0]);
		}
		SchemaShape theirsShape;
		try (H2Scratch database = H2Scratch.empty()) {
			Stages.apply(theirsBoth, Stages.CHANGELOG, database.connect());
			Stages.apply(theirsBoth, NEXT, database.connect());
			theirsShape = shape(database, nextSchema[0]);
		}
		return new Incremental(size, changeSets(oursBoth, NEXT), changeSets(theirsBoth, NEXT), oursShots.median(),
				oursModel.median(), oursNewScratchShots.median(), theirsShots.median(), oursShape, theirsShape, shots);
	}

	private static LiquibaseHibernateDiff diff(GeneratedModel model, ClassLoader classLoader) {
		return new LiquibaseHibernateDiff("model" + KEYS.incrementAndGet(), model, classLoader);
	}

	private static SchemaShape shape(H2Scratch database, SchemaModel schema) throws SQLException {
		try (Connection connection = database.connect()) {
			return SchemaShape.of(connection, schema);
		}
	}

	/** A new directory with the previous changelog and the next one, each applied in its turn. */
	private static Path withNext(Path previous, String next) throws Exception {
		Path directory = Files.createTempDirectory("schema-bootstrap-benchmark-next");
		Stages.writeChangelog(directory, Stages.CHANGELOG, Files.readString(previous.resolve(Stages.CHANGELOG)));
		return Stages.writeChangelog(directory, NEXT, next);
	}

	private static int countChangeSets(Path directory, String path) throws Exception {
		return parse(directory, path).getChangeSets().size();
	}

	/** The changes of a changelog by their Liquibase name (createTable, addColumn, ...), counted. */
	static Map<String, Integer> changeSets(Path directory, String path) throws Exception {
		Map<String, Integer> changes = new TreeMap<>();
		for (ChangeSet changeSet : parse(directory, path).getChangeSets()) {
			for (Change change : changeSet.getChanges()) {
				changes.merge(change.getSerializedObjectName(), 1, Integer::sum);
			}
		}
		return changes;
	}

	private static DatabaseChangeLog parse(Path directory, String path) throws Exception {
		ResourceAccessor accessor = new DirectoryResourceAccessor(directory);
		return ChangeLogParserFactory.getInstance()
			.getParser(path, accessor)
			.parse(path, new ChangeLogParameters(), accessor);
	}

}
