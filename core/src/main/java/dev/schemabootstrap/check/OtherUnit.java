package dev.schemabootstrap.check;

import dev.schemabootstrap.model.UnitModel;

/**
 * Another persistence unit (EntityManagerFactory) of the same application.
 *
 * @param name the unit's name, for example the EntityManagerFactory bean name
 * @param model its model, built like the model under check
 */
public record OtherUnit(String name, UnitModel model) {

}
