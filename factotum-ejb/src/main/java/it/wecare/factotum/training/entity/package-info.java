/** Traineeships' records: the project, its objectives, timeline, pauses and hours, and the special-category data apart. */
package it.wecare.factotum.training.entity;
