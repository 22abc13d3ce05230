package dev.schemabootstrap.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches unless {@code schema-bootstrap.enabled} is {@code false}. Unlike a plain property condition, a value
 * that is neither {@code true} nor {@code false} stops startup with the property named, instead of silently
 * switching Schema Bootstrap off and leaving the schema to nobody.
 */
class OnSchemaBootstrapEnabledCondition extends SpringBootCondition {

	static final String PROPERTY = "schema-bootstrap.enabled";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean enabled = Binder.get(context.getEnvironment()).bind(PROPERTY, Boolean.class).orElse(true);
		return enabled ? ConditionOutcome.match(PROPERTY + " is true or not set")
				: ConditionOutcome.noMatch(PROPERTY + " is false");
	}

}
