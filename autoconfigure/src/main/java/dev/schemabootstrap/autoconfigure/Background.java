package dev.schemabootstrap.autoconfigure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Startup work that need not hold up the main thread (a changelog parse, a classpath scan): each task runs on a
 * daemon thread of its own, started at once, and is joined where its result is needed, with its own exception.
 */
public final class Background {

	private Background() {
	}

	public static <T> CompletableFuture<T> start(String name, Supplier<T> task) {
		return CompletableFuture.supplyAsync(task, (runnable) -> {
			Thread thread = new Thread(runnable, "schema-bootstrap-" + name);
			thread.setDaemon(true);
			thread.start();
		});
	}

	/** The task's result; its failure as it was thrown (a {@link RuntimeException} or {@link Error}). */
	public static <T> T join(CompletableFuture<T> task) {
		try {
			return task.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

}
