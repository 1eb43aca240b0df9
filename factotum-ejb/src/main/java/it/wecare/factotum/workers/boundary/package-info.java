/**
 * Use cases of workers: {@link it.wecare.factotum.workers.boundary.Workers} (the back-office list and form,
 * the worker's login, the worker's own sheet), {@link it.wecare.factotum.workers.boundary.WorkerDirectory}
 * (what other capabilities ask: the matching pool, names, contacts, public profiles, search sheets),
 * {@link it.wecare.factotum.workers.boundary.Availability}, teams and {@link
 * it.wecare.factotum.workers.boundary.Trainees} (whom an educator follows).
 */
package it.wecare.factotum.workers.boundary;
