/** The educators' pages: their traineeships and each traineeship's dossier. */
package it.wecare.factotum.web.training;
