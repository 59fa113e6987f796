/** Package of attest-ingest. */
package org.attest.ingest;
