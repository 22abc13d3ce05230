package dev.schemabootstrap.autoconfigure.liquibase;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.autoconfigure.Background;
import dev.schemabootstrap.migration.ChangelogStatus;

/**
 * When Liquibase's status after the startup migration is read. The read parses the changelog a second time (seconds
 * at 1,000 entities, and CPU the EntityManagerFactory's boot needs on a small machine), so it runs on a thread of
 * its own: at once when its answer is needed during startup, else once the context has started, or when first
 * asked, whichever comes first.
 */
final class MigrationStatusRead {

	private @Nullable CompletableFuture<ChangelogStatus> status;

	private @Nullable Supplier<ChangelogStatus> deferred;

	/** Read now, for example because Liquibase was held back and the pending changesets matter during startup. */
	synchronized void startNow(Supplier<ChangelogStatus> read) {
		deferred = null;
		status = Background.start("changelog-status", read);
	}

	/** Read once the context has started ({@link #start()}) or when first asked ({@link #get()}). */
	synchronized void defer(Supplier<ChangelogStatus> read) {
		status = null;
		deferred = read;
	}

	/** Already read, on the caller's thread. */
	synchronized void set(ChangelogStatus read) {
		deferred = null;
		status = CompletableFuture.completedFuture(read);
	}

	/** Starts a deferred read; nothing when there is none or it already runs. */
	synchronized @Nullable CompletableFuture<ChangelogStatus> start() {
		Supplier<ChangelogStatus> read = deferred;
		if (status == null && read != null) {
			deferred = null;
			status = Background.start("changelog-status", read);
		}
		return status;
	}

	/** The status, waiting for its read; {@code null} when Liquibase did not run. */
	@Nullable ChangelogStatus get() {
		CompletableFuture<ChangelogStatus> started = start();
		return started == null ? null : Background.join(started);
	}

	/** Lets a read still running finish (and log) before the application is gone; its failure was reported there. */
	void awaitQuietly() {
		CompletableFuture<ChangelogStatus> started;
		synchronized (this) {
			started = status;
		}
		if (started != null) {
			started.exceptionally((ex) -> null).join();
		}
	}

}
