/** The rules of traineeships as plain logic: the lifecycle, durations, hours due, register and host limits, the allowance. */
package it.wecare.factotum.training.control;
