/**
 * Reporting: the operators' dashboard and the social-impact evaluation reports.
 */
package it.wecare.factotum.reporting;
