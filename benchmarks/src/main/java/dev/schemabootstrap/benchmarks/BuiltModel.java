package dev.schemabootstrap.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.schemabootstrap.benchmarks.model.GeneratedModel;
import dev.schemabootstrap.model.UnitModel;

/** A generated model built once per trial, for the stages that start from the built model. */
@State(Scope.Benchmark)
public class BuiltModel {

	@Param({ "100", "1000", "5000" })
	public int entities;

	GeneratedModel model;

	UnitModel unitModel;

	@Setup(Level.Trial)
	public void build() {
		Quiet.logging();
		model = GeneratedModel.of(entities);
		unitModel = Stages.model(model, model.newClassLoader());
	}

}
