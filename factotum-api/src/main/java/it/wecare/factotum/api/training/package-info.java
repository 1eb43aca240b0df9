/** Traineeships' vocabulary shared by pages and the API: states, actions, kinds, activities. */
package it.wecare.factotum.api.training;
