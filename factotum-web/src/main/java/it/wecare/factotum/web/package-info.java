/**
 * The web tier: JSF pages of the public site, the worker area and the back-office, their view beans, the
 * JAX-RS resources under {@code /api/v1} and the security configuration. It translates and delegates to
 * the boundaries of {@code factotum-ejb}; it holds no business rule and never touches an entity.
 */
package it.wecare.factotum.web;
