/**
 * Traineeships' use cases: {@link it.wecare.factotum.training.boundary.Traineeships} (the educators' list,
 * the dossier, the project and its lifecycle), {@link it.wecare.factotum.training.boundary.HoursRegister}
 * (the hours, by hand and from completed jobs) and {@link it.wecare.factotum.training.boundary.SensitiveData}
 * (the special-category section, every read audited).
 */
package it.wecare.factotum.training.boundary;
