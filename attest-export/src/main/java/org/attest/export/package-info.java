/**
 * Exports of a ledger or a corpus ledger: the JSON contract, CSV tables, TimelineJS, schema.org
 * ClaimReview and GEXF. Entry point: {@link org.attest.export.Exporter}. Every export is a
 * deterministic function of its input (no wall clock, fixed order).
 */
package org.attest.export;
