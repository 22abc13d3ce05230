package dev.schemabootstrap.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.persistence.autoconfigure.EntityScanPackages;
import org.springframework.core.env.Environment;

/**
 * The packages of the application's persistence unit, from what Spring Boot registers ({@code @EntityScan}, the
 * auto-configuration packages) and {@code schema-bootstrap.packages}. Read from bean definitions and the
 * environment, so a failure analyzer can name them after startup failed.
 */
public final class UnitPackages {

	private UnitPackages() {
	}

	/**
	 * The packages the unit scans: the ones Spring Boot would scan ({@code @EntityScan}, else the
	 * auto-configuration packages) plus {@code schema-bootstrap.packages}.
	 */
	public static List<String> scanned(BeanFactory beanFactory, Environment environment) {
		Set<String> packages = new LinkedHashSet<>(EntityScanPackages.get(beanFactory).getPackageNames());
		if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
			packages.addAll(AutoConfigurationPackages.get(beanFactory));
		}
		packages.addAll(extra(environment));
		return List.copyOf(packages);
	}

	/**
	 * Every package an entity of the application may live in, even one the unit leaves out: the
	 * auto-configuration packages, {@code @EntityScan} and {@code schema-bootstrap.packages}.
	 */
	public static List<String> application(BeanFactory beanFactory, Environment environment) {
		Set<String> packages = new LinkedHashSet<>(EntityScanPackages.get(beanFactory).getPackageNames());
		if (AutoConfigurationPackages.has(beanFactory)) {
			packages.addAll(AutoConfigurationPackages.get(beanFactory));
		}
		packages.addAll(extra(environment));
		return List.copyOf(packages);
	}

	private static List<String> extra(Environment environment) {
		return List.of(environment.getProperty("schema-bootstrap.packages", String[].class, new String[0]));
	}

}
