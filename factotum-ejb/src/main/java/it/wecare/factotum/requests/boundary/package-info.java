/**
 * Requests' entry points, one boundary per family of use cases: {@link Submissions} (a new request from the
 * form, the API or the desk, with its photos), {@link RequestDesk} (the operators' queue, one request, notes
 * and actions), {@link Assignments} (who does the job: proposals and the worker's answers), {@link Quotes}
 * (writing, sending and answering a quote), {@link Tracking} (what a client reaches with a tracking link),
 * {@link Jobs} (scheduling and completion), {@link Deadlines} (the timer). Each transition goes through
 * {@link Transitions}: the lifecycle's check, the timeline and {@link RequestChanged}.
 */
package it.wecare.factotum.requests.boundary;
