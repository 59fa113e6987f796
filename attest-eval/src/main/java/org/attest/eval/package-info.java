/** Package of attest-eval. */
package org.attest.eval;
