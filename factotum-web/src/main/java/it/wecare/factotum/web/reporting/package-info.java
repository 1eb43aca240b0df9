/** Pages of the reporting capability: the back-office dashboard. */
package it.wecare.factotum.web.reporting;
