/**
 * Traineeships' use cases: {@link it.wecare.factotum.training.boundary.Traineeships} (the educators' list,
 * the dossier, the project and its lifecycle), {@link it.wecare.factotum.training.boundary.HoursRegister}
 * (the hours, by hand and from completed jobs), {@link it.wecare.factotum.training.boundary.TraineeshipProgress}
 * (checkpoints, the final assessment and the team joined, follow-ups, the driving-licence pathway, the
 * competences certificate), {@link it.wecare.factotum.training.boundary.SensitiveData} (the special-category
 * section, every read audited), and what {@link it.wecare.factotum.training.boundary.TrainingTimer} runs:
 * {@link it.wecare.factotum.training.boundary.TrainingReminders} (the educators' reminders, each claimed once)
 * and {@link it.wecare.factotum.training.boundary.SensitiveRetention} (the section erased after its keeping
 * time).
 */
package it.wecare.factotum.training.boundary;
