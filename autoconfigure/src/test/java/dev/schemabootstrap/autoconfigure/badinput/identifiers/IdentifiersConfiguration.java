package dev.schemabootstrap.autoconfigure.badinput.identifiers;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Makes this package the application's auto-configuration package, as @SpringBootApplication would. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class IdentifiersConfiguration {

}
