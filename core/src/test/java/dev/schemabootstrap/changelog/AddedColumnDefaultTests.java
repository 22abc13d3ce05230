package dev.schemabootstrap.changelog;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.EvolutionPlan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A column added to a table that exists keeps its default ({@code @ColumnDefault}): the rows already there get it,
 * so a NOT NULL column can be added to a table that has rows.
 */
class AddedColumnDefaultTests {

	@Test
	void anAddedColumnKeepsItsDefault() {
		String changelog = write(new Column("stars", "integer", false, false, "0"));
		assertThat(changelog).contains("name: stars").contains("defaultValueComputed: '0'").contains("nullable: false");
	}

	@Test
	void anAddedColumnWithoutDefaultHasNone() {
		assertThat(write(new Column("author", "varchar(255)", true, false, null))).doesNotContain("defaultValue");
	}

	private static String write(Column column) {
		EvolutionPlan plan = new EvolutionPlan(new CreationPlan(List.of(), List.of(), List.of(), List.of(), List.of()),
				List.of(new EvolutionPlan.ColumnAddition(new TableName(null, "notes"), column)), List.of(), List.of(),
				List.of());
		return new ChangelogWriter("evolution", DatabaseKind.H2, MappingModel.EMPTY).write(plan, ChangelogFormat.YAML);
	}

}
