/**
 * Training: traineeships, educators and trainees; the only place that holds special-category data about fragile people.
 */
package it.wecare.factotum.training;
